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
