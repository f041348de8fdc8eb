Feature: Short cycling - runs of under about ten minutes, over and over
  A normal cycle lasts about 10 to 15 minutes or longer. Shorter runs that restart again and again
  most often come from a loaded filter or a dirty outdoor coil tripping a pressure safety, then from
  a unit too big for the house (it short cycles mostly in mild weather), the thermostat, low charge
  or a control fault. A compressor cycling on its high-pressure switch needs a technician soon.

  Rule: Runs under ten minutes are short cycling; ten minutes or more is a normal cycle

    Scenario Outline: Runs of <minutes> minutes with a loaded filter
      Given the observations:
        | fact              | value     |
        | mode              | heat      |
        | run_cycle_minutes | <minutes> |
        | filter_dirty      | true      |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the escalation is "diy"
      And the rule "controls.short_runs_measured" fires
      And the rule "controls.short_cycling_in_cooling_outdoor_coil" stays silent

      Examples:
        | minutes |
        | 4       |
        | 9       |

    Scenario: Owner says it short cycles but the runs last a quarter of an hour
      Given the observations:
        | fact              | value |
        | short_cycling     | true  |
        | run_cycle_minutes | 15    |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "controls.short_runs_measured" stays silent
      And the rule "controls.short_cycling_reported" stays silent

    Scenario: Short cycling reported in cooling, nothing checked yet
      Given the observations:
        | fact          | value |
        | short_cycling | true  |
        | mode          | cool  |
      When the heat pump is diagnosed
      Then "dirty_air_filter" is among the first 2 diagnoses
      And the diagnoses include "dirty_outdoor_coil"
      And the diagnoses include "oversized_equipment"
      And the rule "controls.short_cycling_reported" fires
      And the rule "controls.short_cycling_in_cooling_outdoor_coil" fires

  Rule: Short cycles only in mild weather point to an oversized unit

    Scenario: Clean filter and coil, 65 °F outside, still cycling every few minutes
      Given the observations:
        | fact               | value |
        | short_cycling      | true  |
        | mode               | cool  |
        | outdoor_temp_f     | 65    |
        | filter_dirty       | false |
        | outdoor_coil_dirty | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "oversized_equipment"
      And the escalation is "routine"
      And the rule "controls.short_cycling_clean_unit_mild_weather" fires
      And the rule "controls.short_cycling_in_mild_weather" fires
      And the rule "controls.short_cycling_in_heat_wave" stays silent
      And the rule "controls.short_cycling_in_deep_cold" stays silent

    Scenario: Short cycling with a loaded filter on a mild day is the filter first
      Given the observations:
        | fact               | value |
        | short_cycling      | true  |
        | mode               | cool  |
        | outdoor_temp_f     | 70    |
        | filter_dirty       | true  |
        | outdoor_coil_dirty | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the rule "controls.short_cycling_clean_unit_mild_weather" stays silent

    Scenario Outline: Short cycling at <temp> °F is not a sizing problem
      Given the observations:
        | fact           | value  |
        | short_cycling  | true   |
        | mode           | <mode> |
        | outdoor_temp_f | <temp> |
      When the heat pump is diagnosed
      Then the diagnoses do not include "oversized_equipment"
      And the rule "<rule>" fires
      And the rule "controls.short_cycling_in_mild_weather" stays silent

      Examples:
        | mode | temp | rule                                 |
        | cool | 98   | controls.short_cycling_in_heat_wave  |
        | heat | 15   | controls.short_cycling_in_deep_cold  |

  Rule: Cycling on the high-pressure switch needs a technician soon

    Scenario: Technician finds high head pressure on a short-cycling unit in cooling
      Given the observations:
        | fact          | value |
        | short_cycling | true  |
        | mode          | cool  |
        | head_pressure | high  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_outdoor_coil"
      And the diagnoses include "blocked_outdoor_airflow"
      And the escalation is "prompt"
      And the rule "controls.short_cycling_on_high_pressure_switch" fires
      And the rule "controls.short_cycling_high_head_in_cooling" fires
      And the rule "controls.short_cycling_high_head_in_heating" stays silent

    Scenario: High head pressure while heating points at the indoor airflow
      Given the observations:
        | fact              | value |
        | run_cycle_minutes | 5     |
        | mode              | heat  |
        | head_pressure     | high  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the escalation is "prompt"
      And the rule "controls.short_cycling_high_head_in_heating" fires
      And the rule "controls.short_cycling_high_head_in_cooling" stays silent

    Scenario: Normal head pressure - no pressure-switch cycling
      Given the observations:
        | fact          | value  |
        | short_cycling | true   |
        | mode          | cool   |
        | head_pressure | normal |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the rule "controls.short_cycling_on_high_pressure_switch" stays silent

  Rule: Low charge or a frozen coil can cut the runs short

    Scenario: Short cycling with low suction pressure
      Given the observations:
        | fact             | value |
        | short_cycling    | true  |
        | mode             | cool  |
        | suction_pressure | low   |
      When the heat pump is diagnosed
      Then the diagnoses include "low_refrigerant_charge"
      And the advisories include "refrigerant_certified_only"
      And the rule "controls.short_cycling_low_suction" fires

    Scenario: Short cycling with normal suction pressure
      Given the observations:
        | fact             | value  |
        | short_cycling    | true   |
        | mode             | cool   |
        | suction_pressure | normal |
      When the heat pump is diagnosed
      Then the rule "controls.short_cycling_low_suction" stays silent

    Scenario: Short cycling with ice on the indoor coil
      Given the observations:
        | fact               | value |
        | short_cycling      | true  |
        | mode               | cool  |
        | indoor_coil_frozen | true  |
      When the heat pump is diagnosed
      Then the diagnoses include "low_refrigerant_charge"
      And the diagnoses include "dirty_air_filter"
      And the advisories include "no_sharp_tools_on_ice"
      And the rule "controls.short_cycling_frozen_indoor_coil" fires

    Scenario: Short cycling with a clear indoor coil
      Given the observations:
        | fact               | value |
        | short_cycling      | true  |
        | mode               | cool  |
        | indoor_coil_frozen | false |
      When the heat pump is diagnosed
      Then the rule "controls.short_cycling_frozen_indoor_coil" stays silent

  Rule: A ground-source unit that keeps restarting is cycling on its thermostat

    Scenario: A water-source heat pump short cycles every four minutes in heating
      Given the observations:
        | fact              | value         |
        | system_type       | ground_source |
        | mode              | heat          |
        | short_cycling     | true          |
        | run_cycle_minutes | 4             |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_failure"
      And the diagnoses include "dirty_air_filter"
      And the escalation is "routine"
      And the rule "controls.short_cycling_ground_source_thermostat" fires

    Scenario: An air-source split short cycling every four minutes keeps the filter first
      Given the observations:
        | fact              | value        |
        | system_type       | ducted_split |
        | mode              | heat         |
        | short_cycling     | true         |
        | run_cycle_minutes | 4            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the rule "controls.short_cycling_ground_source_thermostat" stays silent
