Feature: What a water or loop circuit may be refilled with
  An owner tops up only a circuit known to hold plain water, once, through its filling loop. A glycol
  or brine circuit is refilled with the same inhibited premixed fluid, and a ground loop by the
  installer with a flush cart and premixed brine. While the fluid is not known it is treated as
  glycol: every finding that loses or displaces fluid then says never to top up with plain water.

  Rule: Low pressure with the fluid unknown is not topped up with plain water

    Scenario: Air-to-water circuit at 0.5 bar, fluid not known
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | system_pressure_cold_bar | 0.5          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_system_pressure"
      And the advisories include "no_plain_water_top_up"
      And the questions include "antifreeze"
      And the rule "hydronic.low_pressure_fluid_unknown" fires

    Scenario: Vaillant aroTHERM I.032 on a water-only circuit, gauge 0.55 bar cold
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | brand                    | Vaillant     |
        | product_family           | aroTHERM     |
        | error_code               | I.032        |
        | mode                     | heat         |
        | outdoor_temp_f           | 45           |
        | antifreeze               | none         |
        | system_pressure_cold_psi | 8            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_system_pressure"
      And the escalation is "diy"
      And the rule "hydronic.low_pressure_fluid_unknown" stays silent
      And the rule "hydronic.low_pressure_glycol_circuit" stays silent

  Rule: A leaking circuit is refilled only with the matching fluid

    Scenario: Water circuit seen leaking, fluid not known
      Given the observations:
        | fact                    | value        |
        | system_type             | air_to_water |
        | loop_fluid_leak_visible | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "loop_fluid_leak"
      And the advisories include "no_plain_water_top_up"
      And the rule "hydronic.fluid_leak_refill_fluid_unknown" fires
      And the rule "hydronic.fluid_leak_ground_loop_refill" stays silent

    Scenario: Water-only circuit seen leaking
      Given the observations:
        | fact                    | value        |
        | system_type             | air_to_water |
        | antifreeze              | none         |
        | loop_fluid_leak_visible | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "loop_fluid_leak"
      And the rule "hydronic.fluid_leak_refill_fluid_unknown" stays silent
      And the rule "hydronic.leak_recheck_antifreeze" stays silent

  Rule: Air in a glycol circuit, an unknown circuit or a ground loop is no case for a water top-up

    Scenario: Gurgling in a glycol monobloc circuit
      Given the observations:
        | fact        | value            |
        | system_type | air_to_water     |
        | antifreeze  | propylene_glycol |
        | noise       | gurgling         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "air_in_loop"
      And the advisories include "no_plain_water_top_up"
      And the advisories include "antifreeze_hazard"
      And the rule "hydronic.air_in_glycol_circuit" fires
      And the rule "hydronic.air_in_circuit_fluid_unknown" stays silent

    Scenario: Gurgling in an air-to-water circuit, fluid not known
      Given the observations:
        | fact        | value        |
        | system_type | air_to_water |
        | noise       | gurgling     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "air_in_loop"
      And the advisories include "no_plain_water_top_up"
      And the rule "hydronic.air_in_circuit_fluid_unknown" fires
      And the rule "hydronic.air_in_ground_loop_purge" stays silent

    Scenario: Gurgling in a water-only radiator circuit
      Given the observations:
        | fact        | value        |
        | system_type | air_to_water |
        | antifreeze  | none         |
        | noise       | gurgling     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "air_in_loop"
      And the rule "hydronic.air_in_glycol_circuit" stays silent
      And the rule "hydronic.air_in_circuit_fluid_unknown" stays silent
      And the rule "hydronic.air_in_ground_loop_purge" stays silent

    Scenario: Gurgling in a ground loop
      Given the observations:
        | fact        | value            |
        | system_type | ground_source    |
        | antifreeze  | propylene_glycol |
        | noise       | gurgling         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "air_in_loop"
      And the advisories include "no_plain_water_top_up"
      And the rule "hydronic.air_in_ground_loop_purge" fires
      And the rule "hydronic.air_in_glycol_circuit" fires
