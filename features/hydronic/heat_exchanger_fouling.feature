Feature: Water-side heat exchanger scaled or fouled
  Open loops on well water scale up (the commonest well-water problem), grow iron bacteria or collect
  sediment; capacity falls over months and the pressure drop across the coil rises at the same flow.
  Cleaning with acid or chemicals is professional work.

  Rule: Capacity loss on an open loop points at scale

    Scenario Outline: Open-loop heat pump with <symptom>
      Given the observations:
        | fact        | value         |
        | system_type | ground_source |
        | loop_type   | open          |
      And <symptom> is "true"
      When the heat pump is diagnosed
      Then the diagnoses include "heat_exchanger_fouling"
      And the advisories include "acid_cleaning_professional"
      And the rule "<rule>" fires

      Examples:
        | symptom         | rule                                     |
        | reduced_heating | hydronic.open_loop_heating_capacity_loss |
        | reduced_cooling | hydronic.open_loop_cooling_capacity_loss |

    Scenario: Closed loop losing heat is not the well-water case
      Given the observations:
        | fact            | value         |
        | system_type     | ground_source |
        | loop_type       | closed        |
        | reduced_heating | true          |
        | reduced_cooling | true          |
      When the heat pump is diagnosed
      Then the rule "hydronic.open_loop_heating_capacity_loss" stays silent
      And the rule "hydronic.open_loop_cooling_capacity_loss" stays silent

  Rule: Capacity down in both modes with good flow points at the heat exchanger

    Scenario: Good flow, weak in heating and cooling alike
      Given the observations:
        | fact                    | value         |
        | system_type             | ground_source |
        | loop_flow               | normal        |
        | capacity_low_both_modes | true          |
      When the heat pump is diagnosed
      Then the diagnoses include "heat_exchanger_fouling"
      And the advisories include "acid_cleaning_professional"
      And the rule "hydronic.capacity_low_with_good_flow" fires

    Scenario: Weak in both modes but the flow is low
      Given the observations:
        | fact                    | value         |
        | system_type             | ground_source |
        | loop_flow               | low           |
        | capacity_low_both_modes | true          |
      When the heat pump is diagnosed
      Then the rule "hydronic.capacity_low_with_good_flow" stays silent
