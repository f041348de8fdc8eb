Feature: Ice building up from the base pan
  Every defrost sends meltwater down into the outdoor unit's base pan. When its drain holes are
  blocked, a base-pan heater has failed or the unit stands on the ground or in the snow, the water
  refreezes there and the ice grows upwards into the lower coil and towards the fan. The owner lets it
  thaw or melts it with warm water with the power off, never with tools, and a unit on the ground
  needs raising. Ice that reaches the fan blade is a reason to switch the outdoor unit off now.

  Rule: Ice that grows from the bottom is meltwater that cannot drain

    Scenario: Ice thickest in the base pan and climbing the lower coil
      Given the observations:
        | fact            | value        |
        | system_type     | ducted_split |
        | mode            | heat         |
        | outdoor_temp_f  | 25           |
        | ice_in_base_pan | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "base_pan_icing"
      And the diagnoses do not include "normal_frost"
      And the advisories include "no_sharp_tools_on_ice"
      And the advisories include "fan_may_start"
      And the advisories include "power_off_before_opening"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "defrost.ice_builds_from_base_pan" fires
      And the rule "defrost.base_pan_ice_unit_on_the_ground" stays silent
      And the rule "defrost.base_pan_ice_unit_raised" stays silent

    Scenario: Ice evenly over the coil face, not in the base pan
      Given the observations:
        | fact            | value       |
        | mode            | heat        |
        | outdoor_temp_f  | 33          |
        | outdoor_ice     | light_frost |
        | ice_in_base_pan | false       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_frost"
      And the diagnoses do not include "base_pan_icing"
      And the rule "defrost.ice_builds_from_base_pan" stays silent

  Rule: Whether the unit stands raised tells where the water goes

    Scenario: Base-pan ice on a unit that sits on the ground
      Given the observations:
        | fact            | value     |
        | mode            | heat      |
        | outdoor_temp_f  | 20        |
        | outdoor_ice     | heavy_ice |
        | ice_in_base_pan | true      |
        | unit_elevated   | false     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "base_pan_icing"
      And the advisories include "no_sharp_tools_on_ice"
      And the rule "defrost.base_pan_ice_unit_on_the_ground" fires
      And the rule "defrost.heavy_ice_unit_not_elevated" fires
      And the rule "defrost.base_pan_ice_unit_raised" stays silent

    Scenario: Base-pan ice on a unit raised on its risers - the drain holes or the base-pan heater
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | outdoor_temp_f  | 20    |
        | ice_in_base_pan | true  |
        | unit_elevated   | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "base_pan_icing"
      And the rule "defrost.base_pan_ice_unit_raised" fires
      And the rule "defrost.base_pan_ice_unit_on_the_ground" stays silent
      And the rule "defrost.heavy_ice_unit_not_elevated" stays silent

    Scenario: A unit on the ground with only a light frost
      Given the observations:
        | fact           | value       |
        | mode           | heat        |
        | outdoor_temp_f | 33          |
        | outdoor_ice    | light_frost |
        | unit_elevated  | false       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_frost"
      And the diagnoses do not include "base_pan_icing"
      And the rule "defrost.heavy_ice_unit_not_elevated" stays silent

  Rule: Ice that outlasts the defrosts may be refreezing in the base pan

    Scenario: Heavy ice stays although the unit defrosts and no roof water or snow feeds it
      Given the observations:
        | fact                  | value     |
        | mode                  | heat      |
        | outdoor_temp_f        | 24        |
        | outdoor_ice           | heavy_ice |
        | defrost_seen_recently | true      |
        | roof_runoff_onto_unit | false     |
        | visible_debris        | none      |
      When the heat pump is diagnosed
      Then the diagnoses include "base_pan_icing"
      And the escalation is "prompt"
      And the rule "defrost.heavy_ice_survives_defrost_base_pan" fires

    Scenario: Heavy ice under a dripping gutter is the roof water, not the base pan
      Given the observations:
        | fact                  | value     |
        | mode                  | heat      |
        | outdoor_temp_f        | 28        |
        | outdoor_ice           | heavy_ice |
        | defrost_seen_recently | true      |
        | roof_runoff_onto_unit | true      |
      When the heat pump is diagnosed
      Then the leading diagnosis is "roof_runoff_onto_unit"
      And the rule "defrost.heavy_ice_survives_defrost_base_pan" stays silent

  Rule: Ice from the base pan that reaches the fan must stop the fan

    Scenario: The fan blade bangs on ice growing from the base pan
      Given the observations:
        | fact            | value   |
        | mode            | heat    |
        | outdoor_temp_f  | 18      |
        | ice_in_base_pan | true    |
        | noise           | banging |
      When the heat pump is diagnosed
      Then "base_pan_icing" is among the first 2 diagnoses
      And the diagnoses include "fan_obstruction"
      And the advisories include "shut_down_abnormal_noise"
      And the advisories include "no_sharp_tools_on_ice"
      And the escalation is "prompt"
      And the rule "defrost.ice_at_the_base_reaches_the_fan" fires

    Scenario: Base-pan ice with the fan running quietly
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | outdoor_temp_f  | 18    |
        | ice_in_base_pan | true  |
        | noise           | none  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "base_pan_icing"
      And the escalation is "diy"
      And the rule "defrost.ice_at_the_base_reaches_the_fan" stays silent

  Rule: A ground-source unit has no base pan to ice

    Scenario: Ice reported in the base pan of a ground-source heat pump
      Given the observations:
        | fact            | value         |
        | system_type     | ground_source |
        | mode            | heat          |
        | ice_in_base_pan | true          |
      When the heat pump is diagnosed
      Then the diagnoses do not include "base_pan_icing"
      And the rule "defrost.ground_source_has_no_outdoor_coil" fires
      And the rule "defrost.ice_builds_from_base_pan" fires

  Rule: Base-pan icing needs defrost meltwater and freezing weather

    Scenario: Ice in the base pan in cool mode on an 80 °F day
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | outdoor_temp_f  | 80    |
        | ice_in_base_pan | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses do not include "base_pan_icing"
      And the rule "defrost.base_pan_ice_in_cooling" fires
      And the rule "defrost.base_pan_ice_in_warm_weather" fires

    Scenario: Ice in the base pan while heating at 50 °F is not refrozen meltwater
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | outdoor_temp_f  | 50    |
        | ice_in_base_pan | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "base_pan_icing"
      And the rule "defrost.base_pan_ice_in_warm_weather" fires
      And the rule "defrost.base_pan_ice_in_cooling" stays silent

    Scenario: Ice in the base pan while heating at 25 °F is base-pan icing
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | outdoor_temp_f  | 25    |
        | ice_in_base_pan | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "base_pan_icing"
      And the rule "defrost.base_pan_ice_in_warm_weather" stays silent
      And the rule "defrost.base_pan_ice_in_cooling" stays silent
