Feature: Damaged or chewed wiring
  Mice and rats nest in outdoor units and chew wiring. Most often it is the thin thermostat cable:
  the outdoor unit goes dead, the low-voltage fuse blows or the unit runs on and off. That needs a
  technician soon but is not dangerous. Chewed mains conductors or scorched insulation can arc and
  start a fire: the breaker stays off and nothing is energised until the wiring is repaired. Look for
  damage only from outside the unit, with the power off.

  Rule: Chewed or scorched wiring is damaged wiring; the line-voltage cases are hazards

    Scenario Outline: A technician reports <damage> wiring in the outdoor unit
      Given the observations:
        | fact          | value    |
        | mode          | cool     |
        | wiring_damage | <damage> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "damaged_wiring"
      And the escalation is "<level>"
      And the advisories include "power_off_before_opening"
      And the rule "<rule>" fires

      Examples:
        | damage              | level     | rule                                |
        | chewed_low_voltage  | prompt    | electrical.chewed_thermostat_cable  |
        | chewed_line_voltage | emergency | electrical.chewed_line_voltage      |
        | scorched            | emergency | electrical.scorched_wiring          |

    Scenario: Mice chewed the thermostat cable and the outdoor unit is dead
      Given the observations:
        | fact            | value              |
        | mode            | cool               |
        | unit_wont_start | true               |
        | wiring_damage   | chewed_low_voltage |
        | rodent_signs    | true               |
      When the heat pump is diagnosed
      Then "damaged_wiring" is among the first 2 diagnoses
      And "rodent_damage" is among the first 2 diagnoses
      And the advisories include "rodent_damage_inspect_outside"
      And the advisories do not include "electrical_hazard_shutdown"
      And the escalation is "prompt"
      And the rule "electrical.chewed_thermostat_cable" fires
      And the rule "electrical.chewed_wiring_rodents" fires
      And the rule "electrical.chewed_line_voltage" stays silent
      And the rule "electrical.scorched_wiring" stays silent

    Scenario: Rats chewed the whip to the outdoor unit
      Given the observations:
        | fact          | value               |
        | mode          | cool                |
        | wiring_damage | chewed_line_voltage |
        | rodent_signs  | true                |
      When the heat pump is diagnosed
      Then "damaged_wiring" is among the first 2 diagnoses
      And "rodent_damage" is among the first 2 diagnoses
      And the first advisory is "electrical_hazard_shutdown"
      And the advisories include "rodent_damage_inspect_outside"
      And the escalation is "emergency"
      And the rule "electrical.chewed_line_voltage" fires
      And the rule "electrical.chewed_thermostat_cable" stays silent

    Scenario: Scorch marks at a terminal, no sign of rodents
      Given the observations:
        | fact          | value    |
        | mode          | heat     |
        | wiring_damage | scorched |
        | rodent_signs  | false    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "damaged_wiring"
      And the diagnoses include "electrical_overheating"
      And the diagnoses do not include "rodent_damage"
      And the first advisory is "electrical_hazard_shutdown"
      And the escalation is "emergency"
      And the rule "electrical.scorched_wiring" fires
      And the rule "electrical.chewed_wiring_rodents" stays silent
      And the rule "electrical.rodent_signs" stays silent

  Rule: Nests or droppings point to rodent damage

    Scenario: A nest under the outdoor unit's cover
      Given the observations:
        | fact         | value |
        | mode         | cool  |
        | rodent_signs | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "rodent_damage"
      And the advisories include "rodent_damage_inspect_outside"
      And the escalation is "prompt"
      And the rule "electrical.rodent_signs" fires
      And the rule "electrical.rodent_signs_unit_dead" stays silent

    Scenario: Droppings around a unit that will not start
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | unit_wont_start | true  |
        | rodent_signs    | true  |
      When the heat pump is diagnosed
      Then "rodent_damage" is among the first 2 diagnoses
      And the diagnoses include "damaged_wiring"
      And the advisories include "rodent_damage_inspect_outside"
      And the escalation is "prompt"
      And the rule "electrical.rodent_signs_unit_dead" fires

    Scenario: Wiring checked and intact on a unit with droppings nearby
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | unit_wont_start | true  |
        | rodent_signs    | true  |
        | wiring_damage   | none  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "rodent_damage"
      And the escalation is "prompt"
      And the rule "electrical.wiring_looks_intact" fires
      And the rule "electrical.chewed_thermostat_cable" stays silent
      And the rule "electrical.chewed_wiring_rodents" stays silent

    Scenario: No rodent signs and the wiring intact
      Given the observations:
        | fact          | value |
        | mode          | cool  |
        | rodent_signs  | false |
        | wiring_damage | none  |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the escalation is "none"
      And the rule "electrical.rodent_signs" stays silent
