Feature: Which air-side parts a system has
  A ground-source heat pump takes its heat from the loop water: it has an air filter, a blower and an
  indoor coil, but no outdoor coil, outdoor fan or outdoor unit, so nobody is sent to clear leaves or
  hose a coil it does not have. An air-to-water heat pump has the outdoor coil and fan, but heats
  water for radiators or floors: no air filter, indoor air coil, supply air or ducts of its own. A
  ductless mini-split has no ducts. While the system type is unknown, every rule keeps its say.

  Rule: A geothermal unit has no outdoor coil

    Scenario: Geothermal unit cooling poorly (issue 8, reproduction 5)
      Given the observations:
        | fact            | value         |
        | system_type     | ground_source |
        | mode            | cool          |
        | reduced_cooling | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the diagnoses include "low_loop_flow"
      And the diagnoses do not include "blocked_outdoor_airflow"
      And the diagnoses do not include "dirty_outdoor_coil"
      And the advisories do not include "fan_may_start"
      And the rule "airflow.ground_source_has_no_outdoor_coil" fires
      And the rule "airflow.reduced_cooling_outdoor_unit" fires

    Scenario: Leaves reported around a geothermal system are not blamed on an outdoor coil
      Given the observations:
        | fact               | value         |
        | system_type        | ground_source |
        | visible_debris     | leaves        |
        | outdoor_coil_dirty | true          |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "airflow.ground_source_has_no_outdoor_coil" fires

    Scenario: The same leaves around a split system's outdoor unit
      Given the observations:
        | fact           | value        |
        | system_type    | ducted_split |
        | visible_debris | leaves       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "blocked_outdoor_airflow"
      And the rule "airflow.ground_source_has_no_outdoor_coil" stays silent

    Scenario: Leaves with the system type unknown still point at the outdoor unit
      Given visible_debris is "leaves"
      When the heat pump is diagnosed
      Then the leading diagnosis is "blocked_outdoor_airflow"
      And the rule "airflow.ground_source_has_no_outdoor_coil" stays silent

  Rule: An air-to-water unit has no air filter, indoor air coil or supply air

    Scenario: A "dirty filter" on an air-to-water system is not an air filter
      Given the observations:
        | fact             | value        |
        | system_type      | air_to_water |
        | mode             | heat         |
        | reduced_heating  | true         |
        | filter_dirty     | true         |
        | filter_age_months | 9           |
      When the heat pump is diagnosed
      Then the diagnoses do not include "dirty_air_filter"
      And the diagnoses do not include "dirty_indoor_coil"
      And the diagnoses do not include "normal_supply_air_temperature"
      And the diagnoses include "low_refrigerant_charge"
      And the rule "airflow.air_to_water_has_no_indoor_air_side" fires

    Scenario: Weak airflow on an air-to-water system names no duct or register
      Given the observations:
        | fact         | value        |
        | system_type  | air_to_water |
        | weak_airflow | true         |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "airflow.air_to_water_has_no_indoor_air_side" fires

    Scenario: A geothermal unit does have an air filter
      Given the observations:
        | fact            | value         |
        | system_type     | ground_source |
        | mode            | cool          |
        | reduced_cooling | true          |
        | filter_dirty    | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the escalation is "diy"
      And the rule "airflow.air_to_water_has_no_indoor_air_side" stays silent

  Rule: A ductless mini-split has no ducts

    Scenario: Weak airflow from a mini-split head
      Given the observations:
        | fact         | value      |
        | system_type  | mini_split |
        | weak_airflow | true       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the diagnoses do not include "duct_leakage"
      And the rule "airflow.mini_split_is_ductless" fires

    Scenario: Weak airflow from a ducted split's registers
      Given the observations:
        | fact         | value        |
        | system_type  | ducted_split |
        | weak_airflow | true         |
      When the heat pump is diagnosed
      Then the diagnoses include "duct_leakage"
      And the rule "airflow.mini_split_is_ductless" stays silent
