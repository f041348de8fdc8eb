Feature: Water at the outdoor unit
  Water dripping from the outdoor unit in winter is the frost the defrost has just melted. Defrost
  happens only while the heat pump heats, in defrost weather (the outdoor coil frosts up to about
  45 °F): with the mode or the weather unknown the reassuring reading is weaker, and outside them it
  is not drawn. On some packaged units a little water also stands in the outdoor base pan on rainy
  or muggy days. Neither is a fault. A ground-source heat pump has no outdoor unit at all.

  Rule: Winter water under the outdoor unit while heating is defrost meltwater

    Scenario: Water drips from the outdoor unit on a heating day
      Given the observations:
        | fact                  | value |
        | mode                  | heat  |
        | outdoor_temp_f        | 30    |
        | water_at_outdoor_unit | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And "normal_defrost_cycle" is a normal finding
      And the advisories include "do_not_switch_off_during_defrost"
      And the escalation is "none"
      And the rule "water.outdoor_meltwater_in_heating" fires
      And the rule "water.outdoor_meltwater_weather_unknown" stays silent
      And the rule "water.outdoor_meltwater_mode_unknown" stays silent

    Scenario: Water drips from the outdoor unit while heating on a 60 °F day
      Given the observations:
        | fact                  | value |
        | mode                  | heat  |
        | outdoor_temp_f        | 60    |
        | water_at_outdoor_unit | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_defrost_cycle"
      And the rule "water.outdoor_meltwater_in_heating" stays silent
      And the rule "water.outdoor_meltwater_mode_unknown" stays silent

    Scenario: Water under a split system's outdoor unit on a hot cooling day
      Given the observations:
        | fact                  | value        |
        | system_type           | ducted_split |
        | mode                  | cool         |
        | outdoor_temp_f        | 85           |
        | water_at_outdoor_unit | true         |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_defrost_cycle"
      And the rule "water.outdoor_meltwater_in_heating" stays silent
      And the rule "water.outdoor_meltwater_mode_unknown" stays silent
      And the rule "water.packaged_base_pan_on_wet_days" stays silent

  Rule: With the mode or the weather unknown, meltwater is only a weaker reading

    Scenario: Water drips from the outdoor unit while heating, temperature not given
      Given the observations:
        | fact                  | value |
        | mode                  | heat  |
        | water_at_outdoor_unit | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the questions include "outdoor_temp_f"
      And the rule "water.outdoor_meltwater_weather_unknown" fires
      And the rule "water.outdoor_meltwater_in_heating" stays silent

    Scenario: Water drips from the outdoor unit on a 30 °F day, mode not given
      Given the observations:
        | fact                  | value |
        | outdoor_temp_f        | 30    |
        | water_at_outdoor_unit | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the questions include "mode"
      And the rule "water.outdoor_meltwater_mode_unknown" fires
      And the rule "water.outdoor_meltwater_in_heating" stays silent

    Scenario: Water at the outdoor unit on a cold day with the system cooling
      Given the observations:
        | fact                  | value |
        | mode                  | cool  |
        | outdoor_temp_f        | 30    |
        | water_at_outdoor_unit | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_defrost_cycle"
      And the rule "water.outdoor_meltwater_mode_unknown" stays silent
      And the rule "water.outdoor_meltwater_weather_unknown" stays silent

  Rule: A ground-source heat pump has no outdoor unit to drip

    Scenario: "Water at the outdoor unit" of a geothermal system in winter
      Given the observations:
        | fact                  | value         |
        | system_type           | ground_source |
        | mode                  | heat          |
        | outdoor_temp_f        | 30            |
        | water_at_outdoor_unit | true          |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_defrost_cycle"
      And the advisories do not include "do_not_switch_off_during_defrost"
      And the rule "water.no_outdoor_unit_on_ground_source" fires
      And the rule "water.outdoor_meltwater_in_heating" fires

    Scenario: Geothermal system, nothing seen at any outdoor unit
      Given the observations:
        | fact                  | value         |
        | system_type           | ground_source |
        | mode                  | heat          |
        | water_at_outdoor_unit | false         |
      When the heat pump is diagnosed
      Then the rule "water.no_outdoor_unit_on_ground_source" stays silent

  Rule: A packaged unit's base pan holds some water on wet days

    Scenario: Water in a packaged unit's base pan on a humid summer day
      Given the observations:
        | fact                  | value    |
        | system_type           | packaged |
        | mode                  | cool     |
        | outdoor_temp_f        | 82       |
        | outdoor_humidity      | high     |
        | water_at_outdoor_unit | true     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_outdoor_unit_water"
      And "normal_outdoor_unit_water" is a normal finding
      And the escalation is "none"
      And the rule "water.packaged_base_pan_on_wet_days" fires

    Scenario: Water in a packaged unit's base pan on a dry day
      Given the observations:
        | fact                  | value    |
        | system_type           | packaged |
        | mode                  | cool     |
        | outdoor_humidity      | low      |
        | water_at_outdoor_unit | true     |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_outdoor_unit_water"
      And the rule "water.packaged_base_pan_on_wet_days" stays silent
