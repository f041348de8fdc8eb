Feature: The heat pump runs constantly
  In a heat wave or deep cold a correctly sized heat pump may run for hours or without a break; with a
  normal temperature split that is the weather, not a fault. In mild weather, or with a split that is
  off, nonstop running points to low charge, a loaded filter or dirty coil, a stopped indoor blower or
  contacts stuck closed.

  Rule: Nonstop running at the temperature extremes is expected when the split is normal

    Scenario: Running all afternoon at 100 °F, split not measured yet
      Given the observations:
        | fact            | value |
        | runs_constantly | true  |
        | mode            | cool  |
        | outdoor_temp_f  | 100   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_extreme_weather_load"
      And "normal_extreme_weather_load" is a normal finding
      And the escalation is "none"
      And if that does not fix it, the escalation is "routine"
      And the rule "controls.runs_constantly_reported" fires
      And the rule "controls.runs_constantly_in_heat_wave" fires
      And the rule "controls.runs_constantly_in_mild_weather" stays silent

    Scenario: Running all afternoon at 100 °F with an 18 °F split
      Given the observations:
        | fact              | value |
        | runs_constantly   | true  |
        | mode              | cool  |
        | outdoor_temp_f    | 100   |
        | return_air_temp_f | 78    |
        | supply_air_temp_f | 60    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_extreme_weather_load"
      And the diagnoses do not include "low_refrigerant_charge"
      And the escalation is "none"
      And nothing further is needed if that does not fix it
      And the rule "controls.runs_constantly_heat_wave_split_normal" fires
      And the rule "controls.runs_constantly_heat_wave_split_low" stays silent

    Scenario: Running all afternoon at 100 °F with only an 8 °F split
      Given the observations:
        | fact              | value |
        | runs_constantly   | true  |
        | mode              | cool  |
        | outdoor_temp_f    | 100   |
        | return_air_temp_f | 80    |
        | supply_air_temp_f | 72    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses do not include "normal_extreme_weather_load"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "controls.runs_constantly_heat_wave_split_low" fires
      And the rule "controls.runs_constantly_heat_wave_split_normal" stays silent

    Scenario Outline: Heating nonstop at <outdoor> °F with a <split> °F split
      Given the observations:
        | fact              | value     |
        | runs_constantly   | true      |
        | mode              | heat      |
        | outdoor_temp_f    | <outdoor> |
        | return_air_temp_f | 68        |
        | supply_air_temp_f | <supply>  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_extreme_weather_load"
      And the diagnoses do not include "low_refrigerant_charge"
      And the escalation is "none"
      And the rule "controls.runs_constantly_in_deep_cold" fires
      And the rule "<normal_rule>" fires
      And the rule "<other_rule>" stays silent

      Examples:
        | outdoor | supply | split | normal_rule                                       | other_rule                                        |
        | 20      | 81     | 13    | controls.runs_constantly_cold_split_normal        | controls.runs_constantly_severe_cold_split_normal |
        | 5       | 77     | 9     | controls.runs_constantly_severe_cold_split_normal | controls.runs_constantly_cold_split_normal        |

    Scenario Outline: Heating nonstop at <outdoor> °F with a split of only <split> °F
      Given the observations:
        | fact              | value     |
        | runs_constantly   | true      |
        | mode              | heat      |
        | outdoor_temp_f    | <outdoor> |
        | return_air_temp_f | 68        |
        | supply_air_temp_f | <supply>  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses do not include "normal_extreme_weather_load"
      And the rule "<low_rule>" fires
      And the rule "<normal_rule>" stays silent

      Examples:
        | outdoor | supply | split | low_rule                                       | normal_rule                                       |
        | 20      | 74     | 6     | controls.runs_constantly_cold_split_low        | controls.runs_constantly_cold_split_normal        |
        | 5       | 72     | 4     | controls.runs_constantly_severe_cold_split_low | controls.runs_constantly_severe_cold_split_normal |

  Rule: Nonstop running in mild weather is a fault, not the load

    Scenario: Running nonstop on a 75 °F day
      Given the observations:
        | fact            | value |
        | runs_constantly | true  |
        | mode            | cool  |
        | outdoor_temp_f  | 75    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses include "dirty_air_filter"
      And the diagnoses do not include "normal_extreme_weather_load"
      And the escalation is "routine"
      And the rule "controls.runs_constantly_in_mild_weather" fires
      And the rule "controls.runs_constantly_in_heat_wave" stays silent
      And the rule "controls.runs_constantly_in_deep_cold" stays silent

    Scenario: A system that cycles normally is not running constantly
      Given the observations:
        | fact            | value |
        | runs_constantly | false |
        | mode            | cool  |
        | outdoor_temp_f  | 100   |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "controls.runs_constantly_reported" stays silent

  Rule: A stopped blower or contacts stuck closed keep the unit running

    Scenario: Outdoor unit runs nonstop while no air comes from the vents
      Given the observations:
        | fact                  | value |
        | runs_constantly       | true  |
        | mode                  | cool  |
        | outdoor_temp_f        | 80    |
        | indoor_blower_running | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "indoor_blower_failure"
      And the escalation is "prompt"
      And the rule "controls.runs_constantly_blower_stopped" fires

    Scenario: Runs nonstop with air coming from the vents
      Given the observations:
        | fact                  | value |
        | runs_constantly       | true  |
        | mode                  | cool  |
        | outdoor_temp_f        | 80    |
        | indoor_blower_running | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "indoor_blower_failure"
      And the rule "controls.runs_constantly_blower_stopped" stays silent
      And the rule "controls.runs_with_thermostat_off" stays silent

    Scenario: Keeps running with the thermostat switched off
      Given the observations:
        | fact            | value |
        | runs_constantly | true  |
        | mode            | off   |
      When the heat pump is diagnosed
      Then "failed_contactor" is among the first 2 diagnoses
      And "thermostat_failure" is among the first 2 diagnoses
      And the advisories include "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "controls.runs_with_thermostat_off" fires
