Feature: Restart protection delay after a power or thermostat cycle
  After the power returns or the thermostat is cycled, the controls hold the compressor off for about
  3 to 5 minutes to protect it. A unit that "won't start" inside that window is waiting, not broken:
  wait it out and do not keep cycling the thermostat. A unit that hums, or has no power at all, is
  not waiting out a delay.

  Rule: Inside five minutes of a restart, a silent unit is waiting out its delay

    Scenario Outline: Unit will not start <minutes> minutes after the power came back
      Given the observations:
        | fact                  | value     |
        | mode                  | heat      |
        | unit_wont_start       | true      |
        | minutes_since_restart | <minutes> |
        | outdoor_unit_humming  | false     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_restart_delay"
      And "normal_restart_delay" is a normal finding
      And the advisories include "wait_restart_delay"
      And the escalation is "none"
      And the rule "controls.wont_start_right_after_restart" fires
      And the rule "controls.humming_is_not_a_restart_delay" stays silent

      Examples:
        | minutes |
        | 0       |
        | 3       |
        | 5       |

    Scenario: Still not starting half an hour after the restart
      Given the observations:
        | fact                  | value |
        | unit_wont_start       | true  |
        | minutes_since_restart | 30    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_restart_delay"
      And the advisories do not include "wait_restart_delay"
      And the rule "controls.wont_start_right_after_restart" stays silent

    Scenario: No heat two minutes after the thermostat was reset
      Given the observations:
        | fact                  | value |
        | no_heating            | true  |
        | mode                  | heat  |
        | outdoor_temp_f        | 20    |
        | power_state           | on    |
        | minutes_since_restart | 2     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_restart_delay"
      And the advisories include "wait_restart_delay"
      And the escalation is "none"
      And the rule "controls.no_heat_no_cool_right_after_restart" fires
      And the rule "controls.no_heat_in_freezing_weather" stays silent
      And the rule "controls.no_power_is_not_a_restart_delay" stays silent

    Scenario: No cooling a quarter of an hour after the reset is not the delay
      Given the observations:
        | fact                  | value |
        | no_cooling            | true  |
        | mode                  | cool  |
        | minutes_since_restart | 15    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_restart_delay"
      And the rule "controls.no_heat_no_cool_right_after_restart" stays silent

    Scenario: Outdoor unit idle four minutes after a power cut ended
      Given the observations:
        | fact                  | value |
        | mode                  | cool  |
        | outdoor_unit_running  | false |
        | minutes_since_restart | 4     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_restart_delay"
      And the advisories include "wait_restart_delay"
      And the rule "controls.outdoor_unit_idle_right_after_restart" fires

    Scenario: Outdoor unit idle twelve minutes after the restart
      Given the observations:
        | fact                  | value |
        | mode                  | cool  |
        | outdoor_unit_running  | false |
        | minutes_since_restart | 12    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_restart_delay"
      And the rule "controls.outdoor_unit_idle_right_after_restart" stays silent

  Rule: A hum or a dead supply is not a restart delay

    Scenario: Outdoor unit hums without starting right after a restart
      Given the observations:
        | fact                  | value |
        | unit_wont_start       | true  |
        | outdoor_unit_humming  | true  |
        | minutes_since_restart | 2     |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_restart_delay"
      And the advisories do not include "wait_restart_delay"
      And the advisories include "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "controls.humming_is_not_a_restart_delay" fires

    Scenario: The breaker is still tripped two minutes after a reset
      Given the observations:
        | fact                  | value           |
        | unit_wont_start       | true            |
        | power_state           | breaker_tripped |
        | minutes_since_restart | 2               |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_restart_delay"
      And the advisories include "breaker_reset_once"
      And the rule "controls.no_power_is_not_a_restart_delay" fires

  Rule: A compressor held off right after a setting change is the same delay

    Scenario: Compressor idle three minutes after the thermostat was re-adjusted, blower running
      Given the observations:
        | fact                     | value    |
        | system_type              | packaged |
        | mode                     | cool     |
        | setpoint_raised_recently | true     |
        | compressor_running       | false    |
        | indoor_blower_running    | true     |
        | minutes_since_restart    | 3        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_restart_delay"
      And the advisories include "wait_restart_delay"
      And the diagnoses do not include "failed_capacitor"
      And the escalation is "none"
      And the rule "controls.compressor_idle_right_after_restart" fires

    Scenario: Compressor still idle 40 minutes after the thermostat was re-adjusted
      Given the observations:
        | fact                  | value    |
        | system_type           | packaged |
        | mode                  | cool     |
        | compressor_running    | false    |
        | indoor_blower_running | true     |
        | minutes_since_restart | 40       |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_restart_delay"
      And the rule "controls.compressor_idle_right_after_restart" stays silent

  Rule: A restart delay needs a thermostat that calls for heat or cooling

    Scenario: Unit silent two minutes after a restart with the thermostat off
      Given the observations:
        | fact                  | value |
        | mode                  | off   |
        | unit_wont_start       | true  |
        | minutes_since_restart | 2     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_wrong_mode"
      And the diagnoses do not include "normal_restart_delay"
      And the advisories do not include "wait_restart_delay"
      And the rule "controls.wont_start_thermostat_off" fires
      And the rule "controls.wont_start_right_after_restart" stays silent
      And the rule "controls.wont_start_right_after_restart_mode_not_given" stays silent

    Scenario: Unit silent two minutes after a restart with the thermostat on cool
      Given the observations:
        | fact                  | value |
        | mode                  | cool  |
        | unit_wont_start       | true  |
        | minutes_since_restart | 2     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_restart_delay"
      And the rule "controls.wont_start_right_after_restart" fires
      And the rule "controls.wont_start_thermostat_off" stays silent

    Scenario: Unit silent two minutes after a restart, mode not given: probably the delay
      Given the observations:
        | fact                  | value |
        | unit_wont_start       | true  |
        | minutes_since_restart | 2     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_restart_delay"
      And the questions include "mode"
      And the rule "controls.wont_start_right_after_restart_mode_not_given" fires
      And the rule "controls.wont_start_right_after_restart" stays silent

    Scenario: No heat or cooling two minutes after a restart on heat
      Given the observations:
        | fact                  | value |
        | mode                  | heat  |
        | no_heating            | true  |
        | minutes_since_restart | 2     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_restart_delay"
      And the rule "controls.no_heat_no_cool_right_after_restart" fires
      And the rule "controls.no_heat_no_cool_right_after_restart_mode_not_given" stays silent

    Scenario: No heat or cooling two minutes after a restart, mode not given
      Given the observations:
        | fact                  | value |
        | no_heating            | true  |
        | minutes_since_restart | 2     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_restart_delay"
      And the rule "controls.no_heat_no_cool_right_after_restart_mode_not_given" fires
      And the rule "controls.no_heat_no_cool_right_after_restart" stays silent

    Scenario: No heat or cooling two minutes after a restart with the thermostat on fan
      Given the observations:
        | fact                  | value |
        | mode                  | fan   |
        | no_heating            | true  |
        | minutes_since_restart | 2     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_wrong_mode"
      And the rule "controls.no_heat_no_cool_right_after_restart" stays silent
      And the rule "controls.no_heat_no_cool_right_after_restart_mode_not_given" stays silent
