Feature: Glycol or loop-fluid leak
  Fluid escaping from fittings, pump seals, air vents or a relief valve drains the circuit's pressure and,
  on an antifreeze circuit, its freeze protection. Antifreeze can be toxic or flammable: keep children and
  pets away, and never make the loss good with plain water. Leak repair and refilling are professional work.

  Rule: A visible leak is a loop-fluid leak

    Scenario: Glycol dripping from the pump flange of a ground loop
      Given the observations:
        | fact                    | value            |
        | system_type             | ground_source    |
        | antifreeze              | propylene_glycol |
        | loop_fluid_leak_visible | true             |
      When the heat pump is diagnosed
      Then the leading diagnosis is "loop_fluid_leak"
      And the advisories include "antifreeze_hazard"
      And the advisories include "no_plain_water_top_up"
      And the advisories include "isolate_before_water_circuit"
      And the escalation is "prompt"
      And the rule "hydronic.visible_loop_fluid_leak" fires
      And the rule "hydronic.leak_recheck_antifreeze" fires
      And the diagnoses include "antifreeze_concentration_low"

    Scenario: Water-only monobloc with a wet fitting and the gauge at 0.5 bar
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | antifreeze               | none         |
        | loop_fluid_leak_visible  | true         |
        | system_pressure_cold_bar | 0.5          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "loop_fluid_leak"
      And the diagnoses include "low_system_pressure"
      And the advisories include "antifreeze_hazard"
      And the escalation is "prompt"
      And the rule "hydronic.leak_with_low_pressure" fires
      And the rule "hydronic.leak_recheck_antifreeze" stays silent

    Scenario: Dry pipework and a healthy gauge
      Given the observations:
        | fact                     | value            |
        | system_type              | air_to_water     |
        | antifreeze               | propylene_glycol |
        | loop_fluid_leak_visible  | false            |
        | system_pressure_cold_bar | 1.3              |
      When the heat pump is diagnosed
      Then the diagnoses do not include "loop_fluid_leak"
      And the advisories do not include "antifreeze_hazard"
      And the rule "hydronic.visible_loop_fluid_leak" stays silent
      And the rule "hydronic.leak_with_low_pressure" stays silent

    Scenario: Low pressure but no leak to be seen
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | loop_fluid_leak_visible  | false        |
        | system_pressure_cold_bar | 0.6          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_system_pressure"
      And the diagnoses do not include "loop_fluid_leak"
      And the rule "hydronic.leak_with_low_pressure" stays silent
