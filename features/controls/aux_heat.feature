Feature: Auxiliary or emergency heat always on
  Backup heat costs more to run than the heat pump. It is normal below the balance point (below about
  30 °F outdoors it often is; above about 40 °F it is suspicious), during a defrost and after the
  setpoint was raised. Otherwise the usual reasons are the thermostat left on emergency heat, a failed
  outdoor temperature sensor, or the heat pump itself not running - and an outdoor unit that sits idle
  while the backup carries the house needs a technician soon.

  Rule: The thermostat left on emergency heat is the commonest cause

    Scenario: AUX/EM lit all week with the thermostat on emergency heat
      Given the observations:
        | fact        | value   |
        | aux_heat_on | true    |
        | mode        | em_heat |
      When the heat pump is diagnosed
      Then the leading diagnosis is "emergency_heat_left_on"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "controls.aux_on_in_em_heat_mode" fires
      And the rule "controls.aux_on_in_heat_mode" stays silent
      And the rule "controls.aux_carries_load_outdoor_unit_idle" stays silent

  Rule: Below the balance point backup heat is normal

    Scenario Outline: AUX lit at <temp> °F with the heat pump running
      Given the observations:
        | fact                 | value  |
        | aux_heat_on          | true   |
        | mode                 | heat   |
        | outdoor_temp_f       | <temp> |
        | outdoor_unit_running | true   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_aux_heat"
      And "normal_aux_heat" is a normal finding
      And the diagnoses do not include "emergency_heat_left_on"
      And the escalation is "none"
      And the rule "controls.aux_on_below_balance_point" fires
      And the rule "controls.aux_on_in_heat_mode" fires
      And the rule "controls.aux_on_in_mild_weather" stays silent
      And the rule "controls.aux_on_near_balance_point" stays silent
      And the rule "controls.aux_carries_load_outdoor_unit_idle" stays silent

      Examples:
        | temp |
        | 5    |
        | 20   |
        | 29   |

    Scenario: AUX lit at 35 °F - the grey zone around the balance point
      Given the observations:
        | fact           | value |
        | aux_heat_on    | true  |
        | mode           | heat  |
        | outdoor_temp_f | 35    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_aux_heat"
      And the diagnoses include "outdoor_temp_sensor_failure"
      And the rule "controls.aux_on_near_balance_point" fires
      And the rule "controls.aux_on_below_balance_point" stays silent

    Scenario: AUX comes on after the setpoint was turned up on a 50 °F morning
      Given the observations:
        | fact                     | value |
        | aux_heat_on              | true  |
        | mode                     | heat  |
        | outdoor_temp_f           | 50    |
        | setpoint_raised_recently | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_aux_heat"
      And the escalation is "none"
      And if that does not fix it, the escalation is "routine"
      And the rule "controls.aux_on_after_setpoint_raise" fires

    Scenario: AUX lit during defrosts on a cold damp day
      Given the observations:
        | fact                  | value |
        | aux_heat_on           | true  |
        | mode                  | heat  |
        | outdoor_temp_f        | 32    |
        | defrost_seen_recently | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_aux_heat"
      And the escalation is "none"
      And the rule "controls.aux_on_with_defrost_seen" fires

  Rule: Backup heat in mild weather points at the outdoor sensor

    Scenario: AUX lit at 50 °F with no setpoint change
      Given the observations:
        | fact                     | value |
        | aux_heat_on              | true  |
        | mode                     | heat  |
        | outdoor_temp_f           | 50    |
        | setpoint_raised_recently | false |
        | defrost_seen_recently    | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "outdoor_temp_sensor_failure"
      And the diagnoses do not include "normal_aux_heat"
      And the escalation is "routine"
      And the rule "controls.aux_on_in_mild_weather" fires
      And the rule "controls.aux_on_after_setpoint_raise" stays silent
      And the rule "controls.aux_on_with_defrost_seen" stays silent
      And the rule "controls.aux_on_in_em_heat_mode" stays silent

  Rule: An idle outdoor unit while the backup carries the house needs a technician soon

    Scenario: AUX lit at 20 °F and the outdoor unit is not running
      Given the observations:
        | fact                 | value |
        | aux_heat_on          | true  |
        | mode                 | heat  |
        | outdoor_temp_f       | 20    |
        | outdoor_unit_running | false |
      When the heat pump is diagnosed
      Then the diagnoses include "failed_capacitor"
      And the diagnoses include "outdoor_temp_sensor_failure"
      And the diagnoses do not include "normal_aux_heat"
      And the escalation is "prompt"
      And the rule "controls.aux_carries_load_outdoor_unit_idle" fires

    Scenario: AUX lit and outdoor unit idle three minutes after a power cut
      Given the observations:
        | fact                  | value |
        | aux_heat_on           | true  |
        | mode                  | heat  |
        | outdoor_temp_f        | 20    |
        | outdoor_unit_running  | false |
        | minutes_since_restart | 3     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_restart_delay"
      And the advisories include "wait_restart_delay"
      And the rule "controls.aux_carries_load_outdoor_unit_idle" stays silent
