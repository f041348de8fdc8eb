Feature: Clogged strainer, filter or dirt separator
  Installation debris, magnetite, well sediment or slime builds up in the strainer or magnetic filter and
  chokes the flow. Owners clean only a filter the manual calls owner-serviceable, with the power off at
  the isolator and the valves closed; on a glycol circuit the fluid lost must be replaced in kind.

  Rule: Low flow with the pump running and the valves open points to the strainer

    Scenario: Pump humming, valves open, flow low
      Given the observations:
        | fact               | value        |
        | system_type        | air_to_water |
        | loop_flow          | low          |
        | circulator_running | true         |
        | zone_valves_closed | false        |
      When the heat pump is diagnosed
      Then "clogged_strainer" is among the first 2 diagnoses
      And the diagnoses include "air_in_loop"
      And the diagnoses do not include "circulator_failure"
      And the advisories include "isolate_before_water_circuit"
      And the first advisory is "power_off_before_opening"
      And the rule "hydronic.low_flow_pump_running_valves_open" fires

    Scenario: Low flow with every zone shut is the valves, not the strainer
      Given the observations:
        | fact               | value        |
        | system_type        | air_to_water |
        | loop_flow          | low          |
        | circulator_running | true         |
        | zone_valves_closed | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the diagnoses do not include "clogged_strainer"
      And the rule "hydronic.low_flow_pump_running_valves_open" stays silent

  Rule: Open loops on well water clog with sediment

    Scenario: Open-loop geothermal with low flow
      Given the observations:
        | fact        | value         |
        | system_type | ground_source |
        | loop_type   | open          |
        | antifreeze  | none          |
        | loop_flow   | low           |
      When the heat pump is diagnosed
      Then "clogged_strainer" is among the first 2 diagnoses
      And the diagnoses include "heat_exchanger_fouling"
      And the advisories do not include "antifreeze_hazard"
      And the rule "hydronic.open_loop_sediment" fires
      And the rule "hydronic.strainer_on_glycol_circuit" stays silent

    Scenario: Closed loop with low flow is not the well-water case
      Given the observations:
        | fact        | value         |
        | system_type | ground_source |
        | loop_type   | closed        |
        | loop_flow   | low           |
      When the heat pump is diagnosed
      Then the rule "hydronic.open_loop_sediment" stays silent

  Rule: On a glycol circuit the strainer spills antifreeze

    Scenario: Glycol monobloc with a choked filter
      Given the observations:
        | fact               | value            |
        | system_type        | air_to_water     |
        | antifreeze         | propylene_glycol |
        | loop_flow          | low              |
        | circulator_running | true             |
        | zone_valves_closed | false            |
      When the heat pump is diagnosed
      Then "clogged_strainer" is among the first 2 diagnoses
      And the advisories include "no_plain_water_top_up"
      And the advisories include "antifreeze_hazard"
      And the rule "hydronic.strainer_on_glycol_circuit" fires
