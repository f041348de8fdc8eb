Feature: Water leaking indoors
  Water at the indoor unit is nearly always condensate that cannot get away: most often a drain line
  clogged with algae or slime, then a frozen coil thawing faster than the pan drains, a cracked or
  badly sloped pan or a failed condensate pump, or a float switch that has already shut the system
  down (often blanking the thermostat). Water and the air handler's electrics share the cabinet: the
  system goes off at the thermostat and the air-handler breaker before anyone mops up, and water on
  electrical parts with the power still on is an emergency.

  Rule: A clogged condensate drain is the usual cause

    Scenario: Water on the floor by the air handler and the drain line is blocked
      Given the observations:
        | fact               | value |
        | water_leak_indoors | true  |
        | water_in_drain_pan | true  |
        | drain_line_clogged | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "clogged_condensate_drain"
      And the advisories include "water_near_electrical"
      And the advisories include "power_off_before_opening"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "prompt"
      And the rule "water.leak_indoors_condensate" fires
      And the rule "water.drain_line_blocked" fires
      And the rule "water.standing_water_in_pan" fires
      And the rule "water.leak_with_clear_drain" stays silent
      And the rule "water.leak_with_dry_pan" stays silent

    Scenario: A water leak reported with nothing else known
      Given water_leak_indoors is "true"
      When the heat pump is diagnosed
      Then the leading diagnosis is "clogged_condensate_drain"
      And the diagnoses include "drain_pan_or_pump_failure"
      And the advisories include "water_near_electrical"
      And the escalation is "diy"
      And the rule "water.leak_indoors_condensate" fires

    Scenario: No leak, a clear drain and a dry pan
      Given the observations:
        | fact               | value |
        | water_leak_indoors | false |
        | water_in_drain_pan | false |
        | drain_line_clogged | false |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "water.leak_indoors_condensate" stays silent
      And the rule "water.drain_line_blocked" stays silent
      And the rule "water.standing_water_in_pan" stays silent

  Rule: A clear drain or a dry pan points at the pan or the condensate pump

    Scenario: Water leaking although the drain runs freely
      Given the observations:
        | fact               | value |
        | water_leak_indoors | true  |
        | drain_line_clogged | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "drain_pan_or_pump_failure"
      And the advisories include "water_near_electrical"
      And the escalation is "prompt"
      And the rule "water.leak_with_clear_drain" fires

    Scenario: Water on the floor while the pan under the coil is dry
      Given the observations:
        | fact               | value |
        | water_leak_indoors | true  |
        | water_in_drain_pan | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "drain_pan_or_pump_failure"
      And the escalation is "prompt"
      And the rule "water.leak_with_dry_pan" fires

  Rule: A tripped float switch shuts the system down

    Scenario: A full drain pan and a blank thermostat
      Given the observations:
        | fact               | value |
        | water_in_drain_pan | true  |
        | thermostat_display | blank |
      When the heat pump is diagnosed
      Then "float_switch_tripped" is among the first 2 diagnoses
      And the diagnoses include "clogged_condensate_drain"
      And the advisories include "water_near_electrical"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "prompt"
      And the rule "water.float_switch_blank_thermostat" fires

    Scenario: A full drain pan while the thermostat shows normally
      Given the observations:
        | fact               | value  |
        | water_in_drain_pan | true   |
        | thermostat_display | normal |
      When the heat pump is diagnosed
      Then the leading diagnosis is "clogged_condensate_drain"
      And the rule "water.float_switch_blank_thermostat" stays silent

    Scenario: A full drain pan and the system will not start
      Given the observations:
        | fact               | value |
        | water_in_drain_pan | true  |
        | unit_wont_start    | true  |
      When the heat pump is diagnosed
      Then the diagnoses include "float_switch_tripped"
      And the advisories include "water_near_electrical"
      And the rule "water.float_switch_unit_stopped" fires

    Scenario: The system will not start but the drain pan is dry
      Given the observations:
        | fact               | value |
        | water_in_drain_pan | false |
        | unit_wont_start    | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "float_switch_tripped"
      And the rule "water.float_switch_unit_stopped" stays silent

  Rule: Meltwater from a frozen indoor coil

    Scenario: Water leaking while the indoor coil is iced in cooling
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | water_leak_indoors | true  |
        | indoor_coil_frozen | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the advisories include "no_sharp_tools_on_ice"
      And the advisories include "water_near_electrical"
      And the rule "water.leak_from_thawing_coil" fires

    Scenario: Water leaking with no ice on the indoor coil
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | water_leak_indoors | true  |
        | indoor_coil_frozen | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "clogged_condensate_drain"
      And the rule "water.leak_from_thawing_coil" stays silent

  Rule: Water on electrical parts with the power on is an emergency

    Scenario Outline: Water has reached the air handler's wiring and the power is <power>
      Given the observations:
        | fact                        | value   |
        | water_leak_indoors          | true    |
        | water_near_electrical_parts | true    |
        | power_state                 | <power> |
      When the heat pump is diagnosed
      Then the advisories include "water_near_electrical"
      And the advisories include "electrical_hazard_shutdown"
      And the advisories do not include "breaker_reset_once"
      And the escalation is "emergency"
      And the rule "water.water_on_live_electrics" fires
      And the rule "water.water_on_electrics_power_off" stays silent

      Examples:
        | power           |
        | on              |
        | breaker_tripped |

    Scenario: Water on the wiring and nobody knows whether the power is off
      Given the observations:
        | fact                        | value |
        | water_leak_indoors          | true  |
        | water_near_electrical_parts | true  |
      When the heat pump is diagnosed
      Then the advisories include "water_near_electrical"
      And the advisories include "electrical_hazard_shutdown"
      And the escalation is "emergency"
      And the rule "water.water_on_electrics_power_unknown" fires
      And the rule "water.water_on_live_electrics" stays silent

    Scenario: Water on the wiring after the owner has switched everything off
      Given the observations:
        | fact                        | value |
        | water_leak_indoors          | true  |
        | water_near_electrical_parts | true  |
        | power_state                 | off   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "clogged_condensate_drain"
      And the advisories include "water_near_electrical"
      And the advisories include "power_off_before_opening"
      And the escalation is "diy"
      And the rule "water.water_on_electrics_power_off" fires
      And the rule "water.water_on_live_electrics" stays silent
      And the rule "water.water_on_electrics_power_unknown" stays silent

    Scenario: A leak well away from anything electrical, power on
      Given the observations:
        | fact                        | value |
        | water_leak_indoors          | true  |
        | water_near_electrical_parts | false |
        | power_state                 | on    |
      When the heat pump is diagnosed
      Then the escalation is "diy"
      And the rule "water.water_on_live_electrics" stays silent

  Rule: An air-to-water system makes no condensate indoors while it heats

    Scenario: Water under the indoor unit of an air-to-water system in winter
      Given the observations:
        | fact               | value        |
        | system_type        | air_to_water |
        | mode               | heat         |
        | water_leak_indoors | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "loop_fluid_leak"
      And the diagnoses do not include "clogged_condensate_drain"
      And the diagnoses do not include "drain_pan_or_pump_failure"
      And the advisories include "water_near_electrical"
      And the advisories include "no_plain_water_top_up"
      And the rule "water.air_to_water_leak_in_heating_is_circuit_water" fires

    Scenario: Water under the fan coil of an air-to-water system in cooling
      Given the observations:
        | fact               | value        |
        | system_type        | air_to_water |
        | mode               | cool         |
        | water_leak_indoors | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "clogged_condensate_drain"
      And the rule "water.air_to_water_leak_in_heating_is_circuit_water" stays silent
