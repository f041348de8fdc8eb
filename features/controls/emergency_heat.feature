Feature: Emergency heat and the O/B setting, only where they exist
  On emergency heat the heat pump is locked off by design and only the backup heat runs: a silent
  outdoor unit is expected, and a house that stays cold points at the strips, their limits or breaker,
  or the thermostat's call. A ductless mini-split has neither emergency heat nor an O/B setting: its own
  board drives the reversing valve and it has no strips, so a smart thermostat set to "emergency heat"
  simply stops it heating.

  Rule: On emergency heat only the backup heat can fail to heat

    Scenario: A ducted system on emergency heat gives no heat
      Given the observations:
        | fact                  | value        |
        | system_type           | ducted_split |
        | mode                  | em_heat      |
        | outdoor_temp_f        | 35           |
        | no_heating            | true         |
        | outdoor_unit_running  | false        |
        | indoor_blower_running | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "aux_heat_failure"
      And the diagnoses do not include "failed_contactor"
      And the diagnoses do not include "compressor_failure"
      And the escalation is "routine"
      And the rule "controls.em_heat_gives_no_heat" fires
      And the rule "controls.em_heat_is_the_right_mode" fires
      And the rule "controls.outdoor_unit_idle_on_em_heat" fires
      And the rule "controls.em_heat_gives_no_heat_system_not_given" stays silent
      And the rule "controls.no_heat_mode_is_right" stays silent

    Scenario: Emergency heat does not work, system type not given
      Given the observations:
        | fact                  | value   |
        | mode                  | em_heat |
        | no_heating            | true    |
        | outdoor_unit_running  | false   |
        | indoor_blower_running | true    |
      When the heat pump is diagnosed
      Then the diagnoses include "aux_heat_failure"
      And the escalation is "routine"
      And the rule "controls.em_heat_gives_no_heat_system_not_given" fires
      And the rule "controls.em_heat_gives_no_heat" stays silent

    Scenario: Cold air from the vents on emergency heat
      Given the observations:
        | fact                  | value        |
        | system_type           | ducted_split |
        | mode                  | em_heat      |
        | cold_air_in_heat_mode | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "aux_heat_failure"
      And the diagnoses do not include "reversing_valve_fault"
      And the diagnoses do not include "normal_defrost_cycle"
      And the rule "controls.em_heat_blows_cold_air" fires

    Scenario: On emergency heat the vents blow cool air, barely warmer than the return
      Given the observations:
        | fact                  | value        |
        | system_type           | ducted_split |
        | mode                  | em_heat      |
        | outdoor_temp_f        | 20           |
        | aux_heat_on           | true         |
        | cold_air_in_heat_mode | true         |
        | return_air_temp_f     | 64           |
        | supply_air_temp_f     | 70           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "aux_heat_failure"
      And the diagnoses do not include "normal_aux_heat"
      And the rule "controls.em_heat_strips_not_heating" fires

    Scenario: On emergency heat the strips lift the air by 40 °F
      Given the observations:
        | fact              | value        |
        | system_type       | ducted_split |
        | mode              | em_heat      |
        | outdoor_temp_f    | 20           |
        | aux_heat_on       | true         |
        | return_air_temp_f | 64           |
        | supply_air_temp_f | 104          |
      When the heat pump is diagnosed
      Then the diagnoses do not include "aux_heat_failure"
      And the rule "controls.em_heat_strips_not_heating" stays silent

    Scenario: Outdoor unit idle while heating normally is not excused as emergency heat
      Given the observations:
        | fact                 | value |
        | mode                 | heat  |
        | outdoor_temp_f       | 35    |
        | outdoor_unit_running | false |
        | no_heating           | true  |
      When the heat pump is diagnosed
      Then the rule "controls.outdoor_unit_idle_on_em_heat" stays silent
      And the rule "controls.em_heat_blows_cold_air" stays silent

  Rule: A ductless mini-split has no emergency heat and no O/B setting

    Scenario: A mini-split set to emergency heat on a smart thermostat gives no heat
      Given the observations:
        | fact           | value      |
        | system_type    | mini_split |
        | mode           | em_heat    |
        | outdoor_temp_f | 30         |
        | no_heating     | true       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_wrong_mode"
      And the diagnoses do not include "aux_heat_failure"
      And the diagnoses do not include "normal_aux_heat"
      And the diagnoses do not include "emergency_heat_left_on"
      And the escalation is "diy"
      And the rule "controls.em_heat_on_mini_split" fires
      And the rule "controls.mini_split_has_no_strip_heat" fires
      And the rule "controls.mini_split_has_no_ob_setting" fires
      And the rule "controls.em_heat_gives_no_heat" stays silent
      And the rule "controls.em_heat_is_the_right_mode" stays silent

    Scenario: A mini-split on heat is not told about emergency heat
      Given the observations:
        | fact           | value      |
        | system_type    | mini_split |
        | mode           | heat       |
        | outdoor_temp_f | 30         |
        | no_heating     | true       |
      When the heat pump is diagnosed
      Then the diagnoses do not include "emergency_heat_left_on"
      And the rule "controls.em_heat_on_mini_split" stays silent

    Scenario: Cold air from a mini-split for 40 minutes is its reversing valve, never an O/B setting
      Given the observations:
        | fact                  | value      |
        | system_type           | mini_split |
        | mode                  | heat       |
        | outdoor_temp_f        | 35         |
        | cold_air_in_heat_mode | true       |
        | cold_air_minutes      | 40         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "reversing_valve_fault"
      And the diagnoses do not include "thermostat_ob_misconfigured"
      And the escalation is "prompt"
      And the rule "controls.mini_split_has_no_ob_setting" fires
      And the rule "controls.cold_air_beyond_defrost" fires

    Scenario: The same cold air from a ducted split keeps the O/B setting in the report
      Given the observations:
        | fact                  | value        |
        | system_type           | ducted_split |
        | mode                  | heat         |
        | outdoor_temp_f        | 35           |
        | cold_air_in_heat_mode | true         |
        | cold_air_minutes      | 40           |
      When the heat pump is diagnosed
      Then the diagnoses include "thermostat_ob_misconfigured"
      And the rule "controls.mini_split_has_no_ob_setting" stays silent
      And the rule "controls.mini_split_has_no_strip_heat" stays silent

  Rule: No heat on emergency heat in freezing weather needs a technician soon

    Scenario: A ducted system on emergency heat gives no heat at 20 °F with the power on
      Given the observations:
        | fact           | value        |
        | system_type    | ducted_split |
        | mode           | em_heat      |
        | outdoor_temp_f | 20           |
        | power_state    | on           |
        | no_heating     | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "aux_heat_failure"
      And the escalation is "prompt"
      And the rule "controls.em_heat_gives_no_heat_in_freezing_weather" fires
      And the rule "controls.no_heat_in_freezing_weather" stays silent

    Scenario: A mini-split set to emergency heat at 20 °F is the owner's setting to fix
      Given the observations:
        | fact           | value      |
        | system_type    | mini_split |
        | mode           | em_heat    |
        | outdoor_temp_f | 20         |
        | power_state    | on         |
        | no_heating     | true       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_wrong_mode"
      And the escalation is "diy"
      And the rule "controls.em_heat_gives_no_heat_in_freezing_weather" stays silent
