Feature: Indoor coil frozen
  Ice on the indoor coil, usually in cooling, means the coil runs below freezing: too little air
  across it (a choked filter, closed registers, a stopped blower), too little refrigerant, or
  cooling while it is cold outside. The owner changes the filter and lets the ice melt with the
  compressor off; the meltwater can overflow the pan onto the air handler's wiring, and ice is
  never chipped off. If it freezes again, a technician checks the charge and the blower.

  Rule: A frozen indoor coil most often means a choked filter

    Scenario: Ice on the indoor coil on a summer afternoon
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | outdoor_temp_f     | 88    |
        | indoor_coil_frozen | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the diagnoses include "low_refrigerant_charge"
      And the diagnoses include "blocked_registers"
      And the advisories include "water_near_electrical"
      And the advisories include "no_sharp_tools_on_ice"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "airflow.frozen_coil_starved_of_air" fires
      And the rule "airflow.frozen_coil_low_charge" fires
      And the rule "airflow.frozen_coil_registers" fires
      And the rule "airflow.frozen_coil_cooling_in_cold_weather" stays silent

    Scenario: No ice on the indoor coil
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | reduced_cooling    | true  |
        | indoor_coil_frozen | false |
      When the heat pump is diagnosed
      Then the advisories do not include "water_near_electrical"
      And the rule "airflow.frozen_coil_starved_of_air" stays silent
      And the rule "airflow.frozen_coil_low_charge" stays silent
      And the rule "airflow.frozen_coil_registers" stays silent

  Rule: A frozen coil with no air from the vents points at the blower

    Scenario: Iced coil and the indoor fan is not running
      Given the observations:
        | fact                  | value |
        | mode                  | cool  |
        | indoor_coil_frozen    | true  |
        | indoor_blower_running | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "indoor_blower_failure"
      And the escalation is "prompt"
      And the rule "airflow.frozen_coil_blower_stopped" fires

    Scenario: Iced coil with the indoor fan running
      Given the observations:
        | fact                  | value |
        | mode                  | cool  |
        | indoor_coil_frozen    | true  |
        | indoor_blower_running | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the diagnoses do not include "indoor_blower_failure"
      And the rule "airflow.frozen_coil_blower_stopped" stays silent

  Rule: Cooling below about 40 °F outdoors freezes the indoor coil

    Scenario: Cooling left on during a cold spring night
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | outdoor_temp_f     | 34    |
        | indoor_coil_frozen | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "cooling_below_low_ambient_limit"
      And the escalation is "diy"
      And the rule "airflow.frozen_coil_cooling_in_cold_weather" fires

    Scenario: Frozen coil while cooling on a warm evening
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | outdoor_temp_f     | 72    |
        | indoor_coil_frozen | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "cooling_below_low_ambient_limit"
      And the rule "airflow.frozen_coil_cooling_in_cold_weather" stays silent

  Rule: With the filter clean and the registers open, the charge is the suspect

    Scenario: It froze again with a new filter and every register open
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | outdoor_temp_f     | 85    |
        | indoor_coil_frozen | true  |
        | filter_dirty       | false |
        | registers_blocked  | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses include "dirty_indoor_coil"
      And the diagnoses do not include "dirty_air_filter"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "airflow.frozen_coil_with_airflow_ruled_out" fires

    Scenario: Frozen coil and a grey filter
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | indoor_coil_frozen | true  |
        | filter_dirty       | true  |
        | registers_blocked  | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the escalation is "diy"
      And the rule "airflow.frozen_coil_with_airflow_ruled_out" stays silent

  Rule: In heat mode the indoor coil is the hot coil, so ice on it means the unit is cooling

    Scenario: Ice on the indoor coil in heat mode, cold air from the vents
      Given the observations:
        | fact                  | value        |
        | system_type           | ducted_split |
        | mode                  | heat         |
        | outdoor_temp_f        | 35           |
        | indoor_coil_frozen    | true         |
        | cold_air_in_heat_mode | true         |
        | outdoor_unit_running  | true         |
        | filter_dirty          | false        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "reversing_valve_fault"
      And "thermostat_ob_misconfigured" is among the first 2 diagnoses
      And the diagnoses do not include "dirty_air_filter"
      And the diagnoses do not include "low_refrigerant_charge"
      And the diagnoses do not include "normal_defrost_cycle"
      And the advisories include "no_sharp_tools_on_ice"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "prompt"
      And the rule "airflow.frozen_coil_in_heat_mode" fires

    Scenario: Ice on the indoor coil of a mini-split in heat mode is its reversing valve
      Given the observations:
        | fact               | value      |
        | system_type        | mini_split |
        | mode               | heat       |
        | outdoor_temp_f     | 30         |
        | indoor_coil_frozen | true       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "reversing_valve_fault"
      And the diagnoses do not include "thermostat_ob_misconfigured"
      And the rule "airflow.frozen_coil_in_heat_mode" fires

    Scenario: Ice on the indoor coil in cool mode keeps the airflow causes
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | outdoor_temp_f     | 80    |
        | indoor_coil_frozen | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the diagnoses do not include "reversing_valve_fault"
      And the rule "airflow.frozen_coil_in_heat_mode" stays silent
