Feature: Reduced heating
  A heat pump heats with air of about 85 to 110 °F, which feels cool to the hand, and its output
  falls as the outdoor temperature drops: much "weak heat" is normal. After that come a loaded
  filter, an outdoor coil buried in snow or debris, and faults in the sealed system (charge,
  compressor, reversing valve), which need a technician. Defrost and backup heat have their own
  features.

  Rule: With nothing else known, the filter comes first and normal heat-pump output next

    Scenario: The house feels like it is not heating enough
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | reduced_heating | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And "normal_supply_air_temperature" is among the first 2 diagnoses
      And "normal_supply_air_temperature" is a normal finding
      And the diagnoses include "blocked_outdoor_airflow"
      And the diagnoses include "low_refrigerant_charge"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the questions include "outdoor_temp_f"
      And the questions include "supply_air_temp_f"
      And the rule "airflow.reduced_heating_normal_output" fires
      And the rule "airflow.reduced_heating_indoor_airflow" fires
      And the rule "airflow.reduced_heating_outdoor_coil_blocked" fires
      And the rule "airflow.reduced_heating_low_charge" fires
      And the rule "airflow.reduced_heating_in_cold_weather" stays silent

    Scenario: Weak heat with the thermostat's mode not given
      Given reduced_heating is "true"
      When the heat pump is diagnosed
      Then "normal_supply_air_temperature" is among the first 3 diagnoses
      And the questions include "mode"
      And the rule "airflow.reduced_heating_normal_output_mode_unknown" fires
      And the rule "airflow.reduced_heating_normal_output" stays silent

    Scenario: Weak heat on emergency heat is not the heat pump's cool-feeling air
      Given the observations:
        | fact            | value   |
        | mode            | em_heat |
        | reduced_heating | true    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_supply_air_temperature"
      And the rule "airflow.reduced_heating_normal_output" stays silent
      And the rule "airflow.reduced_heating_normal_output_mode_unknown" stays silent

    Scenario: Heating is fine, only the airflow is weak
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | reduced_heating | false |
        | weak_airflow    | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_supply_air_temperature"
      And the rule "airflow.reduced_heating_normal_output" stays silent
      And the rule "airflow.reduced_heating_indoor_airflow" stays silent
      And the rule "airflow.reduced_heating_outdoor_coil_blocked" stays silent
      And the rule "airflow.reduced_heating_low_charge" stays silent

  Rule: At 30 °F and colder, output falls with the outdoor temperature

    Scenario: Weak heat on a 15 °F night
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | reduced_heating | true  |
        | outdoor_temp_f  | 15    |
      When the heat pump is diagnosed
      Then the diagnoses include "normal_extreme_weather_load"
      And the escalation is "diy"
      And the rule "airflow.reduced_heating_in_cold_weather" fires

    Scenario: Weak heat on a 15 °F night, mode not given
      Given the observations:
        | fact            | value |
        | reduced_heating | true  |
        | outdoor_temp_f  | 15    |
      When the heat pump is diagnosed
      Then the diagnoses include "normal_extreme_weather_load"
      And the rule "airflow.reduced_heating_in_cold_weather_mode_unknown" fires
      And the rule "airflow.reduced_heating_in_cold_weather" stays silent

    Scenario: Weak heat on a 15 °F night with the thermostat off
      Given the observations:
        | fact            | value |
        | mode            | off   |
        | reduced_heating | true  |
        | outdoor_temp_f  | 15    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_extreme_weather_load"
      And the rule "airflow.reduced_heating_in_cold_weather" stays silent
      And the rule "airflow.reduced_heating_in_cold_weather_mode_unknown" stays silent

    Scenario: Weak heat on a mild 45 °F day
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | reduced_heating | true  |
        | outdoor_temp_f  | 45    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_extreme_weather_load"
      And the rule "airflow.reduced_heating_in_cold_weather" stays silent

  Rule: A loaded filter seen with weak heating settles it

    Scenario: Clogged filter and weak heat
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | reduced_heating | true  |
        | filter_dirty    | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the escalation is "diy"
      And the rule "airflow.reduced_heating_filter_seen_dirty" fires

    Scenario: Clean filter and weak heat
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | reduced_heating | true  |
        | filter_dirty    | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "dirty_air_filter"
      And the rule "airflow.reduced_heating_filter_seen_dirty" stays silent

  Rule: With a clean filter and a clear outdoor coil, look into the sealed system

    Scenario: Owner's checks come back clean on a mild day
      Given the observations:
        | fact               | value |
        | mode               | heat  |
        | reduced_heating    | true  |
        | outdoor_temp_f     | 42    |
        | filter_dirty       | false |
        | outdoor_coil_dirty | false |
        | visible_debris     | none  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses include "compressor_valve_leakage"
      And the diagnoses include "reversing_valve_fault"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "airflow.reduced_heating_with_clean_filter_and_coil" fires

    Scenario: Clean filter but a dirty outdoor coil
      Given the observations:
        | fact               | value |
        | mode               | heat  |
        | reduced_heating    | true  |
        | filter_dirty       | false |
        | outdoor_coil_dirty | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_outdoor_coil"
      And the escalation is "diy"
      And the rule "airflow.reduced_heating_with_clean_filter_and_coil" stays silent

  Rule: On emergency heat only the strips heat

    Scenario: Weak heat with the thermostat on emergency heat
      Given the observations:
        | fact            | value        |
        | system_type     | ducted_split |
        | mode            | em_heat      |
        | reduced_heating | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "aux_heat_failure"
      And the diagnoses do not include "blocked_outdoor_airflow"
      And the diagnoses do not include "low_refrigerant_charge"
      And the rule "airflow.reduced_heating_on_em_heat_not_outdoor_side" fires
      And the rule "airflow.reduced_heating_on_em_heat_strips" fires
      And the rule "airflow.reduced_heating_on_em_heat_strips_system_not_given" stays silent

    Scenario: Weak heat on emergency heat, system type not given
      Given the observations:
        | fact            | value   |
        | mode            | em_heat |
        | reduced_heating | true    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "aux_heat_failure"
      And the diagnoses do not include "blocked_outdoor_airflow"
      And the rule "airflow.reduced_heating_on_em_heat_strips_system_not_given" fires
      And the rule "airflow.reduced_heating_on_em_heat_strips" stays silent

    Scenario: Weak heat on normal heat keeps the outdoor side and the charge
      Given the observations:
        | fact            | value        |
        | system_type     | ducted_split |
        | mode            | heat         |
        | reduced_heating | true         |
      When the heat pump is diagnosed
      Then the diagnoses include "blocked_outdoor_airflow"
      And the diagnoses do not include "aux_heat_failure"
      And the rule "airflow.reduced_heating_on_em_heat_not_outdoor_side" stays silent
      And the rule "airflow.reduced_heating_on_em_heat_strips" stays silent
