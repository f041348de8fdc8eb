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
        | fact                 | value        |
        | system_type          | ducted_split |
        | aux_heat_on          | true         |
        | mode                 | heat         |
        | outdoor_temp_f       | <temp>       |
        | outdoor_unit_running | true         |
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
        | fact                     | value    |
        | system_type              | packaged |
        | aux_heat_on              | true     |
        | mode                     | heat     |
        | outdoor_temp_f           | 50       |
        | setpoint_raised_recently | false    |
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
        | fact                 | value        |
        | system_type          | ducted_split |
        | aux_heat_on          | true         |
        | mode                 | heat         |
        | outdoor_temp_f       | 20           |
        | outdoor_unit_running | false        |
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

  Rule: Recovery heat is normal only while heating

    Scenario: AUX comes on after the setpoint was raised, thermostat mode not given
      Given the observations:
        | fact                     | value |
        | aux_heat_on              | true  |
        | outdoor_temp_f           | 35    |
        | setpoint_raised_recently | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_aux_heat"
      And the questions include "mode"
      And the rule "controls.aux_on_after_setpoint_raise_mode_not_given" fires
      And the rule "controls.aux_on_after_setpoint_raise" stays silent

    Scenario: AUX lit in cooling after the setpoint was changed is no recovery heat
      Given the observations:
        | fact                     | value |
        | aux_heat_on              | true  |
        | mode                     | cool  |
        | outdoor_temp_f           | 85    |
        | setpoint_raised_recently | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "aux_heat_stuck_on"
      And the diagnoses do not include "normal_aux_heat"
      And the escalation is "routine"
      And the rule "controls.aux_on_outside_heating" fires
      And the rule "controls.aux_on_after_setpoint_raise" stays silent
      And the rule "controls.aux_on_after_setpoint_raise_mode_not_given" stays silent

  Rule: Strips that run outside heating are stuck on

    Scenario: Strips energised in cooling while the house cools poorly
      Given the observations:
        | fact              | value        |
        | system_type       | ducted_split |
        | mode              | cool         |
        | outdoor_temp_f    | 88           |
        | aux_heat_on       | true         |
        | reduced_cooling   | true         |
        | high_energy_bills | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "aux_heat_stuck_on"
      And the diagnoses do not include "normal_aux_heat"
      And the diagnoses do not include "emergency_heat_left_on"
      And the escalation is "routine"
      And the rule "controls.aux_on_outside_heating" fires
      And the rule "controls.aux_on_while_cooling_poorly" fires

    Scenario: Cooling poorly with the AUX light off
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | outdoor_temp_f  | 88    |
        | aux_heat_on     | false |
        | reduced_cooling | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "aux_heat_stuck_on"
      And the rule "controls.aux_on_outside_heating" stays silent
      And the rule "controls.aux_on_while_cooling_poorly" stays silent

    Scenario: AUX lit in cooling while the house still cools well
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | outdoor_temp_f  | 80    |
        | aux_heat_on     | true  |
        | reduced_cooling | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "aux_heat_stuck_on"
      And the rule "controls.aux_on_while_cooling_poorly" stays silent

  Rule: AUX lit but the air barely warmer than the heat pump alone gives - the strips are not heating

    Scenario: AUX lit at 5 °F, the house falling, supply only 12 °F above return
      Given the observations:
        | fact                 | value        |
        | system_type          | ducted_split |
        | mode                 | heat         |
        | outdoor_temp_f       | 5            |
        | aux_heat_on          | true         |
        | outdoor_unit_running | true         |
        | runs_constantly      | true         |
        | return_air_temp_f    | 60           |
        | supply_air_temp_f    | 72           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "aux_heat_failure"
      And the diagnoses do not include "normal_aux_heat"
      And the diagnoses do not include "normal_extreme_weather_load"
      And the escalation is "routine"
      And the rule "controls.aux_on_strips_not_heating" fires
      And the rule "controls.aux_on_below_balance_point" fires

    Scenario: AUX lit at 5 °F with the strips lifting the air by 35 °F
      Given the observations:
        | fact                 | value        |
        | system_type          | ducted_split |
        | mode                 | heat         |
        | outdoor_temp_f       | 5            |
        | aux_heat_on          | true         |
        | outdoor_unit_running | true         |
        | return_air_temp_f    | 66           |
        | supply_air_temp_f    | 101          |
      When the heat pump is diagnosed
      Then the diagnoses include "normal_aux_heat"
      And the diagnoses do not include "aux_heat_failure"
      And the escalation is "none"
      And the rule "controls.aux_on_strips_not_heating" stays silent

  Rule: A mini-split has no AUX heat, so the AUX rules do not read it

    Scenario: "AUX" said to be on for a mini-split heating at 50 °F
      Given the observations:
        | fact           | value      |
        | system_type    | mini_split |
        | mode           | heat       |
        | outdoor_temp_f | 50         |
        | aux_heat_on    | true       |
      When the heat pump is diagnosed
      Then the diagnoses do not include "outdoor_temp_sensor_failure"
      And the rule "controls.aux_on_in_mild_weather" stays silent
      And the rule "controls.aux_on_in_heat_mode" stays silent
      And the rule "controls.aux_on_in_mild_weather_system_not_given" stays silent

    Scenario: AUX on at 50 °F on a ducted split
      Given the observations:
        | fact           | value        |
        | system_type    | ducted_split |
        | mode           | heat         |
        | outdoor_temp_f | 50           |
        | aux_heat_on    | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "outdoor_temp_sensor_failure"
      And the rule "controls.aux_on_in_mild_weather" fires
      And the rule "controls.aux_on_in_heat_mode" fires
      And the rule "controls.aux_on_in_mild_weather_system_not_given" stays silent

    Scenario: AUX on at 50 °F, system type not given
      Given the observations:
        | fact           | value |
        | mode           | heat  |
        | outdoor_temp_f | 50    |
        | aux_heat_on    | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "outdoor_temp_sensor_failure"
      And the rule "controls.aux_on_in_mild_weather_system_not_given" fires
      And the rule "controls.aux_on_in_heat_mode_system_not_given" fires
      And the rule "controls.aux_on_in_mild_weather" stays silent

    Scenario: AUX carrying the house with the outdoor unit idle, ducted split
      Given the observations:
        | fact                 | value        |
        | system_type          | ducted_split |
        | mode                 | heat         |
        | outdoor_temp_f       | 45           |
        | aux_heat_on          | true         |
        | outdoor_unit_running | false        |
      When the heat pump is diagnosed
      Then the escalation is "prompt"
      And the rule "controls.aux_carries_load_outdoor_unit_idle" fires
      And the rule "controls.aux_carries_load_outdoor_unit_idle_system_not_given" stays silent

    Scenario: AUX carrying the house with the outdoor unit idle, system type not given
      Given the observations:
        | fact                 | value |
        | mode                 | heat  |
        | outdoor_temp_f       | 45    |
        | aux_heat_on          | true  |
        | outdoor_unit_running | false |
      When the heat pump is diagnosed
      Then the escalation is "prompt"
      And the rule "controls.aux_carries_load_outdoor_unit_idle_system_not_given" fires
      And the rule "controls.aux_carries_load_outdoor_unit_idle" stays silent

    Scenario: "AUX" with the outdoor unit idle on a mini-split is not the strips carrying the house
      Given the observations:
        | fact                 | value      |
        | system_type          | mini_split |
        | mode                 | heat       |
        | outdoor_temp_f       | 45         |
        | aux_heat_on          | true       |
        | outdoor_unit_running | false      |
      When the heat pump is diagnosed
      Then the rule "controls.aux_carries_load_outdoor_unit_idle" stays silent
      And the rule "controls.aux_carries_load_outdoor_unit_idle_system_not_given" stays silent
