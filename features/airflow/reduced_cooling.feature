Feature: Reduced cooling
  The system cools, but not as well as it should. Most often the indoor air is choked by a loaded
  filter; next the outdoor coil is dirty or starved of air. Only when the filter and the outdoor
  coil are clean does the search move into the sealed system (charge, compressor, restrictions),
  which is a technician's job. In a heat wave a healthy unit can fall behind without any fault.

  Rule: With nothing else known, check the filter first

    Scenario: The house is not cooling as well as it used to
      Given reduced_cooling is "true"
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the diagnoses include "dirty_outdoor_coil"
      And the diagnoses include "blocked_outdoor_airflow"
      And the diagnoses include "low_refrigerant_charge"
      And the diagnoses include "dirty_indoor_coil"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the questions include "filter_dirty"
      And the questions include "outdoor_coil_dirty"
      And the rule "airflow.reduced_cooling_indoor_airflow" fires
      And the rule "airflow.reduced_cooling_outdoor_unit" fires
      And the rule "airflow.reduced_cooling_low_charge" fires
      And the rule "airflow.reduced_cooling_indoor_coil" fires
      And the rule "airflow.reduced_cooling_with_clean_filter_and_coil" stays silent

    Scenario: Cooling is fine, the air is just weak
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | reduced_cooling | false |
        | weak_airflow    | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "dirty_outdoor_coil"
      And the rule "airflow.reduced_cooling_indoor_airflow" stays silent
      And the rule "airflow.reduced_cooling_outdoor_unit" stays silent
      And the rule "airflow.reduced_cooling_low_charge" stays silent
      And the rule "airflow.reduced_cooling_indoor_coil" stays silent

  Rule: A loaded filter seen with weak cooling settles it

    Scenario: Grey, clogged filter and weak cooling
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | reduced_cooling | true  |
        | filter_dirty    | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the escalation is "diy"
      And the rule "airflow.reduced_cooling_filter_seen_dirty" fires

    Scenario: Clean filter with weak cooling
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | reduced_cooling | true  |
        | filter_dirty    | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "dirty_air_filter"
      And the rule "airflow.reduced_cooling_filter_seen_dirty" stays silent

  Rule: A dirty outdoor coil seen with weak cooling

    Scenario: Cottonwood fluff matted on the outdoor coil
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | reduced_cooling    | true  |
        | outdoor_coil_dirty | true  |
        | filter_dirty       | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_outdoor_coil"
      And the advisories include "power_off_before_opening"
      And the escalation is "diy"
      And the rule "airflow.reduced_cooling_outdoor_coil_seen_dirty" fires
      And the rule "airflow.reduced_cooling_with_clean_filter_and_coil" stays silent

    Scenario: A dirty coil on a unit that cools fine
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | reduced_cooling    | false |
        | outdoor_coil_dirty | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_outdoor_coil"
      And the rule "airflow.reduced_cooling_outdoor_coil_seen_dirty" stays silent

  Rule: With a clean filter and a clean outdoor coil, the sealed system is next: book a technician

    Scenario: Owner's checks come back clean
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | reduced_cooling    | true  |
        | filter_dirty       | false |
        | outdoor_coil_dirty | false |
        | visible_debris     | none  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses include "dirty_indoor_coil"
      And the diagnoses include "compressor_valve_leakage"
      And the diagnoses include "liquid_line_restriction"
      And the diagnoses include "duct_leakage"
      And the diagnoses do not include "dirty_air_filter"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "airflow.reduced_cooling_with_clean_filter_and_coil" fires

  Rule: In extreme heat a unit may fall behind without a fault

    Scenario: Weak cooling on a 104 °F afternoon, nothing measured yet
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | reduced_cooling | true  |
        | outdoor_temp_f  | 104   |
      When the heat pump is diagnosed
      Then the diagnoses include "normal_extreme_weather_load"
      And "normal_extreme_weather_load" is a normal finding
      And the questions include "return_air_temp_f"
      And the questions include "supply_air_temp_f"
      And the rule "airflow.reduced_cooling_in_extreme_heat" fires

    Scenario: Weak cooling on a 104 °F afternoon, mode not given
      Given the observations:
        | fact            | value |
        | reduced_cooling | true  |
        | outdoor_temp_f  | 104   |
      When the heat pump is diagnosed
      Then the diagnoses include "normal_extreme_weather_load"
      And the rule "airflow.reduced_cooling_in_extreme_heat_mode_unknown" fires
      And the rule "airflow.reduced_cooling_in_extreme_heat" stays silent

    Scenario: Weak cooling at 104 °F while the thermostat is on fan only
      Given the observations:
        | fact            | value |
        | mode            | fan   |
        | reduced_cooling | true  |
        | outdoor_temp_f  | 104   |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_extreme_weather_load"
      And the rule "airflow.reduced_cooling_in_extreme_heat" stays silent
      And the rule "airflow.reduced_cooling_in_extreme_heat_mode_unknown" stays silent

    Scenario: Weak cooling on an ordinary summer day
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | reduced_cooling | true  |
        | outdoor_temp_f  | 88    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_extreme_weather_load"
      And the rule "airflow.reduced_cooling_in_extreme_heat" stays silent
