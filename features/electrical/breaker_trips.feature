Feature: Breaker trips
  A breaker that has tripped may be reset once. If it holds, the trip may have been a one-off; if it
  trips again, something is drawing fault current (a seized or grounded compressor, a motor stalled on
  a failed capacitor, shorted or chewed wiring) and the breaker stays off until a professional finds
  out why. Resetting it again and again risks a fire.

  Rule: A tripped breaker has cut the power, reset it once

    Scenario: Heat pump breaker found tripped
      Given the observations:
        | fact            | value           |
        | mode            | heat            |
        | unit_wont_start | true            |
        | power_state     | breaker_tripped |
      When the heat pump is diagnosed
      Then the leading diagnosis is "power_supply_interrupted"
      And the advisories include "breaker_reset_once"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "prompt"
      And the rule "electrical.breaker_tripped" fires

    Scenario: The reset held and the breaker stays on
      Given the observations:
        | fact                  | value           |
        | power_state           | breaker_tripped |
        | breaker_tripped_again | false           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "power_supply_interrupted"
      And the escalation is "diy"
      And the rule "electrical.breaker_tripped" fires
      And the rule "electrical.breaker_trips_again" stays silent
      And the rule "electrical.breaker_trips_again_compressor" stays silent
      And the rule "electrical.breaker_trips_again_capacitor" stays silent
      And the rule "electrical.breaker_trips_again_wiring" stays silent

    Scenario: Breaker in the on position is no trip
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | unit_wont_start | true  |
        | power_state     | on    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "power_supply_interrupted"
      And the rule "electrical.breaker_tripped" stays silent

  Rule: A breaker that trips again after one reset is a hazard: leave it off

    Scenario: The breaker trips again seconds after the reset
      Given the observations:
        | fact                  | value           |
        | mode                  | cool            |
        | power_state           | breaker_tripped |
        | breaker_tripped_again | true            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "compressor_failure"
      And "failed_capacitor" is among the first 2 diagnoses
      And the diagnoses include "damaged_wiring"
      And the diagnoses do not include "power_supply_interrupted"
      And the advisories include "breaker_reset_once"
      And the advisories include "capacitor_stored_charge"
      And the escalation is "emergency"
      And the rule "electrical.breaker_trips_again" fires
      And the rule "electrical.breaker_trips_again_compressor" fires
      And the rule "electrical.breaker_trips_again_capacitor" fires
      And the rule "electrical.breaker_trips_again_wiring" fires

    Scenario: Tripped again with a burning smell
      Given the observations:
        | fact                  | value              |
        | mode                  | heat               |
        | power_state           | breaker_tripped    |
        | breaker_tripped_again | true               |
        | smell                 | electrical_burning |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the first advisory is "capacitor_stored_charge"
      And the advisories include "electrical_hazard_shutdown"
      And the advisories include "leave_breaker_off"
      And the advisories do not include "breaker_reset_once"
      And the escalation is "emergency"
      And the rule "electrical.breaker_trips_again" fires

  Rule: A trip together with a sign of an electrical fault is the fault's doing: leave the breaker off

    Scenario: Breaker tripped, mice nest and chewed mains conductors
      Given the observations:
        | fact          | value               |
        | system_type   | ducted_split        |
        | mode          | cool                |
        | no_cooling    | true                |
        | power_state   | breaker_tripped     |
        | wiring_damage | chewed_line_voltage |
        | rodent_signs  | true                |
      When the heat pump is diagnosed
      Then the leading diagnosis is "damaged_wiring"
      And "rodent_damage" is among the first 2 diagnoses
      And the advisories include "leave_breaker_off"
      And the advisories include "rodent_damage_inspect_outside"
      And the advisories do not include "breaker_reset_once"
      And the escalation is "emergency"
      And the rule "electrical.breaker_tripped_damaged_conductors" fires
      And the rule "electrical.breaker_tripped" fires

    Scenario: Scorched wiring found with the breaker still on
      Given the observations:
        | fact          | value    |
        | mode          | heat     |
        | power_state   | on       |
        | wiring_damage | scorched |
      When the heat pump is diagnosed
      Then the leading diagnosis is "damaged_wiring"
      And the escalation is "emergency"
      And the rule "electrical.breaker_tripped_damaged_conductors" stays silent

    Scenario: Breaker tripped and a chewed thermostat cable is not the mains
      Given the observations:
        | fact          | value              |
        | mode          | cool               |
        | power_state   | breaker_tripped    |
        | wiring_damage | chewed_low_voltage |
      When the heat pump is diagnosed
      Then the advisories include "breaker_reset_once"
      And the advisories do not include "leave_breaker_off"
      And the rule "electrical.breaker_tripped_damaged_conductors" stays silent

    Scenario: Breaker tripped with a smell of hot plastic
      Given the observations:
        | fact        | value              |
        | mode        | heat               |
        | power_state | breaker_tripped    |
        | smell       | electrical_burning |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the advisories include "leave_breaker_off"
      And the advisories do not include "breaker_reset_once"
      And the escalation is "emergency"
      And the rule "electrical.breaker_tripped_burning_smell" fires

    Scenario: Breaker tripped with a dusty burning smell at the first heat of the season
      Given the observations:
        | fact                     | value           |
        | mode                     | heat            |
        | first_heat_use_of_season | true            |
        | smell                    | dusty_burning   |
        | smell_fades              | true            |
        | power_state              | breaker_tripped |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses do not include "normal_dust_burn_off"
      And the advisories include "leave_breaker_off"
      And the advisories do not include "breaker_reset_once"
      And the escalation is "emergency"
      And the rule "electrical.breaker_tripped_burning_smell" fires

    Scenario: Breaker tripped with a dusty smell and nothing else known
      Given the observations:
        | fact        | value           |
        | power_state | breaker_tripped |
        | smell       | dusty_burning   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the advisories include "leave_breaker_off"
      And the advisories do not include "breaker_reset_once"
      And the escalation is "emergency"
      And the rule "electrical.breaker_tripped_burning_smell" fires

    Scenario: Dusty smell at the first heat with the breaker on is not a trip
      Given the observations:
        | fact                     | value         |
        | mode                     | heat          |
        | first_heat_use_of_season | true          |
        | smell                    | dusty_burning |
        | smell_fades              | true          |
        | power_state              | on            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_dust_burn_off"
      And the escalation is "none"
      And the rule "electrical.breaker_tripped_burning_smell" stays silent

    Scenario: Power switched off at the disconnect and a smell of hot plastic
      Given the observations:
        | fact        | value              |
        | mode        | heat               |
        | power_state | off                |
        | smell       | electrical_burning |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the rule "electrical.breaker_tripped_burning_smell" stays silent

    Scenario: Breaker tripped after sparks at the disconnect
      Given the observations:
        | fact             | value           |
        | mode             | cool            |
        | power_state      | breaker_tripped |
        | sparks_or_arcing | true            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses include "damaged_wiring"
      And the advisories include "leave_breaker_off"
      And the advisories do not include "breaker_reset_once"
      And the escalation is "emergency"
      And the rule "electrical.breaker_tripped_sparks" fires

    Scenario: Breaker tripped and no sparks seen
      Given the observations:
        | fact             | value           |
        | mode             | cool            |
        | power_state      | breaker_tripped |
        | sparks_or_arcing | false           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "power_supply_interrupted"
      And the advisories include "breaker_reset_once"
      And the rule "electrical.breaker_tripped_sparks" stays silent

    Scenario: Breaker tripped and smoke from the outdoor unit
      Given the observations:
        | fact          | value           |
        | mode          | heat            |
        | power_state   | breaker_tripped |
        | smoke_visible | true            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the advisories include "leave_breaker_off"
      And the advisories do not include "breaker_reset_once"
      And the escalation is "emergency"
      And the rule "electrical.breaker_tripped_with_smoke" fires

    Scenario: Breaker on and smoke from the outdoor unit
      Given the observations:
        | fact          | value |
        | mode          | heat  |
        | power_state   | on    |
        | smoke_visible | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the escalation is "emergency"
      And the rule "electrical.breaker_tripped_with_smoke" stays silent

  Rule: A breaker shared with other appliances can trip from their combined load

    Scenario: Breaker tripped on a circuit the heat pump shares with the kitchen
      Given the observations:
        | fact                                 | value           |
        | mode                                 | cool            |
        | power_state                          | breaker_tripped |
        | shares_circuit_with_other_appliances | true            |
      When the heat pump is diagnosed
      Then the diagnoses include "shared_circuit_overload"
      And the advisories include "breaker_reset_once"
      And the rule "electrical.breaker_trips_on_shared_circuit" fires

    Scenario: Breaker tripped on a dedicated circuit
      Given the observations:
        | fact                                 | value           |
        | mode                                 | cool            |
        | power_state                          | breaker_tripped |
        | shares_circuit_with_other_appliances | false           |
      When the heat pump is diagnosed
      Then the diagnoses do not include "shared_circuit_overload"
      And the rule "electrical.breaker_trips_on_shared_circuit" stays silent
