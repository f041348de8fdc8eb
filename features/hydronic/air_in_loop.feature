Feature: Air in the loop or water circuit
  Air left after a poor purge, or drawn in when the pressure falls, gurgles in the pipes and pump, starves
  the circulator and cuts the heat. Owners may bleed radiators on a water-only circuit; a ground loop is
  purged by the installer with a flush cart. If the air lock stops the flow altogether the heat pump is
  down and needs a professional soon.

  Rule: Gurgling in a water circuit is air

    Scenario Outline: Gurgling pipes on a <system> system
      Given the observations:
        | fact  | value    |
        | noise | gurgling |
      And system_type is "<system>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "air_in_loop"
      And the advisories include "isolate_before_water_circuit"
      And the escalation is "routine"
      And the rule "hydronic.gurgling_water_circuit" fires

      Examples:
        | system        |
        | ground_source |
        | air_to_water  |

    Scenario: Gurgling on a ducted air-to-air heat pump is not a water circuit
      Given the observations:
        | fact        | value        |
        | system_type | ducted_split |
        | noise       | gurgling     |
      When the heat pump is diagnosed
      Then the diagnoses do not include "air_in_loop"
      And the rule "hydronic.gurgling_water_circuit" stays silent

  Rule: Low pressure and poor flow let air in

    Scenario: Gauge at 0.5 bar and the flow low
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | system_pressure_cold_bar | 0.5          |
        | loop_flow                | low          |
      When the heat pump is diagnosed
      Then the diagnoses include "air_in_loop"
      And the diagnoses include "low_system_pressure"
      And the rule "hydronic.air_after_pressure_loss" fires

    Scenario: Good pressure with low flow
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | system_pressure_cold_bar | 1.3          |
        | loop_flow                | low          |
      When the heat pump is diagnosed
      Then the rule "hydronic.air_after_pressure_loss" stays silent

  Rule: A pressurised closed loop pulled to a vacuum draws air in

    Scenario: Pressurised ground loop gauge on zero at the end of summer
      Given the observations:
        | fact                     | value         |
        | system_type              | ground_source |
        | flow_center              | pressurized   |
        | system_pressure_cold_psi | 0             |
        | outdoor_temp_f           | 80            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_system_pressure"
      And the diagnoses include "air_in_loop"
      And the advisories include "no_plain_water_top_up"
      And the escalation is "routine"
      And the rule "hydronic.loop_at_vacuum" fires
      And the rule "hydronic.loop_at_vacuum_centre_unknown" stays silent

    Scenario: Ground loop gauge on zero, kind of flow centre not known
      Given the observations:
        | fact                     | value         |
        | system_type              | ground_source |
        | system_pressure_cold_psi | 0             |
        | outdoor_temp_f           | 80            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_system_pressure"
      And the diagnoses include "air_in_loop"
      And the escalation is "routine"
      And the rule "hydronic.loop_at_vacuum_centre_unknown" fires
      And the rule "hydronic.loop_at_vacuum" stays silent

    Scenario: A non-pressurised flow centre reads zero by design
      Given the observations:
        | fact                     | value           |
        | system_type              | ground_source   |
        | flow_center              | non_pressurized |
        | system_pressure_cold_psi | 0               |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "hydronic.loop_at_vacuum" stays silent
      And the rule "hydronic.loop_at_vacuum_centre_unknown" stays silent

    Scenario: Ground loop at 20 psi
      Given the observations:
        | fact                     | value         |
        | system_type              | ground_source |
        | flow_center              | pressurized   |
        | system_pressure_cold_psi | 20            |
      When the heat pump is diagnosed
      Then the rule "hydronic.loop_at_vacuum" stays silent

  Rule: An air lock that stops the flow is prompt

    Scenario: Gurgling, then no flow at all
      Given the observations:
        | fact        | value         |
        | system_type | ground_source |
        | noise       | gurgling      |
        | loop_flow   | none          |
      When the heat pump is diagnosed
      Then the diagnoses include "air_in_loop"
      And the escalation is "prompt"
      And the rule "hydronic.air_lock_stopped_flow" fires

    Scenario: Gurgling with the flow still low but moving
      Given the observations:
        | fact               | value         |
        | system_type        | ground_source |
        | noise              | gurgling      |
        | loop_flow          | low           |
        | circulator_running | true          |
      When the heat pump is diagnosed
      Then the diagnoses include "air_in_loop"
      And the escalation is "routine"
      And the rule "hydronic.air_lock_stopped_flow" stays silent
      And the rule "hydronic.ground_loop_flow_needs_installer" fires
