Feature: Sweating lines or ducts, and water over a ceiling
  In cooling, a bare or torn stretch of insulation on the large copper line or on a duct runs below
  the dew point of humid air and drips: it looks like a drain leak, but the drain runs freely and the
  pans are dry. Water that comes through a ceiling, whatever its cause, soaks and weakens the ceiling
  while the system runs and can reach light fittings and wiring: it needs a professional soon.

  Rule: A clear condensate path in cooling points at condensation on lines or ducts

    Scenario: Ceiling stain in humid weather, drain pan dry and drain running freely
      Given the observations:
        | fact               | value            |
        | system_type        | ducted_split     |
        | mode               | cool             |
        | outdoor_humidity   | high             |
        | water_leak_indoors | true             |
        | leak_location      | attic_or_ceiling |
        | water_in_drain_pan | false            |
        | drain_line_clogged | false            |
      When the heat pump is diagnosed
      Then "sweating_lines_or_ducts" is among the first 2 diagnoses
      And the diagnoses do not include "clogged_condensate_drain"
      And the advisories include "water_near_electrical"
      And the escalation is "prompt"
      And the rule "water.leak_with_condensate_path_clear_in_cooling" fires
      And the rule "water.leak_in_humid_cooling_weather" fires
      And the rule "water.wet_ceiling_under_lines_and_ducts" fires
      And the rule "water.leak_through_ceiling" fires
      And the rule "water.condensate_overflow_explains_the_water" stays silent

    Scenario: Drips in a basement on a cooling day, drain and pan both clear
      Given the observations:
        | fact               | value              |
        | mode               | cool               |
        | water_leak_indoors | true               |
        | leak_location      | closet_or_basement |
        | water_in_drain_pan | false              |
        | drain_line_clogged | false              |
      When the heat pump is diagnosed
      Then the diagnoses include "sweating_lines_or_ducts"
      And the diagnoses do not include "clogged_condensate_drain"
      And the rule "water.leak_with_condensate_path_clear_in_cooling" fires
      And the rule "water.leak_through_ceiling" stays silent
      And the rule "water.wet_ceiling_under_lines_and_ducts" stays silent

    Scenario: The same clear drain and dry pan in heating is no sweating
      Given the observations:
        | fact               | value |
        | mode               | heat  |
        | outdoor_humidity   | high  |
        | water_leak_indoors | true  |
        | water_in_drain_pan | false |
        | drain_line_clogged | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "sweating_lines_or_ducts"
      And the leading diagnosis is "drain_pan_or_pump_failure"
      And the rule "water.leak_with_condensate_path_clear_in_cooling" stays silent
      And the rule "water.leak_in_humid_cooling_weather" stays silent

    Scenario: A wet ceiling in humid weather while the system is off
      Given the observations:
        | fact             | value            |
        | mode             | off              |
        | outdoor_humidity | high             |
        | leak_location    | attic_or_ceiling |
      When the heat pump is diagnosed
      Then the diagnoses do not include "sweating_lines_or_ducts"
      And the escalation is "prompt"
      And the rule "water.wet_ceiling_under_lines_and_ducts" stays silent
      And the rule "water.leak_through_ceiling" fires

  Rule: A blocked drain explains the water without any sweating

    Scenario: Humid cooling day, water on the floor and the drain line blocked
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | outdoor_humidity   | high  |
        | water_leak_indoors | true  |
        | drain_line_clogged | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "clogged_condensate_drain"
      And the diagnoses do not include "sweating_lines_or_ducts"
      And the rule "water.leak_in_humid_cooling_weather" fires
      And the rule "water.condensate_overflow_explains_the_water" fires

    Scenario: Humid cooling day, the drain line clear
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | outdoor_humidity   | high  |
        | water_leak_indoors | true  |
        | drain_line_clogged | false |
      When the heat pump is diagnosed
      Then the diagnoses include "sweating_lines_or_ducts"
      And the rule "water.condensate_overflow_explains_the_water" stays silent

  Rule: Water through a ceiling needs a professional soon

    Scenario: Water dripping through the hall ceiling under the attic air handler, drain clogged
      Given the observations:
        | fact               | value            |
        | system_type        | ducted_split     |
        | mode               | cool             |
        | water_leak_indoors | true             |
        | leak_location      | attic_or_ceiling |
        | drain_line_clogged | true             |
        | water_in_drain_pan | true             |
      When the heat pump is diagnosed
      Then the leading diagnosis is "clogged_condensate_drain"
      And the advisories include "water_near_electrical"
      And the escalation is "prompt"
      And the rule "water.leak_through_ceiling" fires

    Scenario: The same clogged drain with the water on the basement floor
      Given the observations:
        | fact               | value              |
        | system_type        | ducted_split       |
        | mode               | cool               |
        | water_leak_indoors | true               |
        | leak_location      | closet_or_basement |
        | drain_line_clogged | true               |
        | water_in_drain_pan | true               |
      When the heat pump is diagnosed
      Then the leading diagnosis is "clogged_condensate_drain"
      And the escalation is "diy"
      And the rule "water.leak_through_ceiling" stays silent
