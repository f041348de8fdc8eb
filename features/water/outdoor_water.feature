Feature: Water at the outdoor unit
  Water dripping from the outdoor unit in winter is the frost the defrost has just melted. On some
  packaged units a little water also stands in the outdoor base pan on rainy or muggy days. Neither
  is a fault.

  Rule: Winter water under the outdoor unit is defrost meltwater

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
      And the rule "water.outdoor_meltwater_in_cold_weather" fires

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
      And the rule "water.outdoor_meltwater_in_cold_weather" stays silent
      And the rule "water.packaged_base_pan_on_wet_days" stays silent

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
