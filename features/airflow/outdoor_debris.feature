Feature: Debris, leaves or snow around the outdoor unit
  The outdoor coil needs free air on every side and above. Leaves, grass clippings or plants packed
  against it raise head pressure and cut capacity. Clearing it is an owner's job, with the power
  off first: the outdoor fan can start at any moment. Keep shrubs a foot or more away (plants two
  feet), nothing over the top, the unit above the usual snow line and out from under roof runoff.

  Rule: Debris against the outdoor unit points to blocked outdoor airflow

    Scenario: Leaves against the coil on a cooling day
      Given the observations:
        | fact            | value  |
        | mode            | cool   |
        | reduced_cooling | true   |
        | visible_debris  | leaves |
      When the heat pump is diagnosed
      Then "blocked_outdoor_airflow" is among the first 2 diagnoses
      And the first advisory is "power_off_before_opening"
      And the advisories include "fan_may_start"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "airflow.debris_against_outdoor_unit" fires
      And the rule "airflow.snow_drifted_around_outdoor_unit" stays silent

    Scenario Outline: Whatever is packed against the coil, the owner clears it with the power off
      Given the observations:
        | fact            | value    |
        | mode            | cool     |
        | reduced_cooling | true     |
        | visible_debris  | <debris> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "blocked_outdoor_airflow"
      And the advisories include "power_off_before_opening"
      And the advisories include "fan_may_start"
      And the escalation is "diy"
      And the rule "airflow.debris_against_outdoor_unit" fires

      Examples:
        | debris     |
        | leaves     |
        | dirt       |
        | vegetation |

    Scenario: A clear unit is not blamed
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | reduced_cooling | true  |
        | visible_debris  | none  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "blocked_outdoor_airflow"
      And the leading diagnosis is "dirty_air_filter"
      And the rule "airflow.debris_against_outdoor_unit" stays silent
      And the rule "airflow.outdoor_unit_clear_of_debris" fires

  Rule: Snow drifted around the unit blocks its air; clear it by hand, never chip at ice

    Scenario: Snow drifted against the outdoor unit on a cold day
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | reduced_heating | true  |
        | outdoor_temp_f  | 28    |
        | visible_debris  | snow  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "blocked_outdoor_airflow"
      And the advisories include "power_off_before_opening"
      And the advisories include "fan_may_start"
      And the advisories include "no_sharp_tools_on_ice"
      And the escalation is "diy"
      And the rule "airflow.snow_drifted_around_outdoor_unit" fires
      And the rule "airflow.snow_clearing_never_chip_ice" fires
      And the rule "airflow.debris_against_outdoor_unit" stays silent

    Scenario: Snow reported around a geothermal system brings no advice about an outdoor coil
      Given the observations:
        | fact           | value         |
        | system_type    | ground_source |
        | mode           | heat          |
        | outdoor_temp_f | 20            |
        | visible_debris | snow          |
      When the heat pump is diagnosed
      Then the diagnoses do not include "blocked_outdoor_airflow"
      And the advisories do not include "no_sharp_tools_on_ice"
      And the rule "airflow.snow_drifted_around_outdoor_unit" fires
      And the rule "airflow.snow_clearing_never_chip_ice" stays silent

  Rule: A blocked outdoor unit can trip the high-pressure switch and short cycle

    Scenario: Grass clippings in the coil and the unit keeps cutting out
      Given the observations:
        | fact           | value |
        | mode           | cool  |
        | short_cycling  | true  |
        | visible_debris | dirt  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "blocked_outdoor_airflow"
      And the advisories include "fan_may_start"
      And the rule "airflow.debris_with_short_cycling" fires

    Scenario: Short cycling with nothing around the unit
      Given the observations:
        | fact           | value |
        | mode           | cool  |
        | short_cycling  | true  |
        | visible_debris | none  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "blocked_outdoor_airflow"
      And the rule "airflow.debris_with_short_cycling" stays silent
      And the rule "airflow.outdoor_unit_clear_of_debris" fires

  Rule: A dirty outdoor coil is rinsed gently with the power off

    Scenario: Matted fins on the outdoor coil and weak cooling
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | reduced_cooling    | true  |
        | outdoor_coil_dirty | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_outdoor_coil"
      And the advisories include "power_off_before_opening"
      And the advisories include "fan_may_start"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "airflow.outdoor_coil_seen_dirty" fires
      And the rule "airflow.outdoor_coil_seen_clean" stays silent

    Scenario: The outdoor coil looks clean
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | reduced_cooling    | true  |
        | outdoor_coil_dirty | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "dirty_outdoor_coil"
      And the rule "airflow.outdoor_coil_seen_clean" fires
      And the rule "airflow.outdoor_coil_seen_dirty" stays silent

  Rule: The outdoor unit must not sit under roof runoff or icicles

    Scenario: Gutter overflow drips onto the outdoor unit
      Given the observations:
        | fact                  | value |
        | mode                  | heat  |
        | roof_runoff_onto_unit | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "roof_runoff_onto_unit"
      And the escalation is "diy"
      And the rule "airflow.roof_runoff_over_outdoor_unit" fires
      And the rule "airflow.roof_runoff_with_snow_on_unit" stays silent

    Scenario: Snow piled on a unit that sits under the eaves
      Given the observations:
        | fact                  | value |
        | mode                  | heat  |
        | reduced_heating       | true  |
        | visible_debris        | snow  |
        | roof_runoff_onto_unit | true  |
      When the heat pump is diagnosed
      Then "roof_runoff_onto_unit" is among the first 2 diagnoses
      And the diagnoses include "blocked_outdoor_airflow"
      And the advisories include "no_sharp_tools_on_ice"
      And the escalation is "diy"
      And the rule "airflow.roof_runoff_with_snow_on_unit" fires

    Scenario: Nothing drips onto the unit
      Given the observations:
        | fact                  | value |
        | mode                  | heat  |
        | visible_debris        | snow  |
        | roof_runoff_onto_unit | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "roof_runoff_onto_unit"
      And the leading diagnosis is "blocked_outdoor_airflow"
      And the rule "airflow.no_roof_runoff_onto_unit" fires
      And the rule "airflow.roof_runoff_over_outdoor_unit" stays silent
      And the rule "airflow.roof_runoff_with_snow_on_unit" stays silent
