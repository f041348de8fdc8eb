Feature: Gas smell on a dual-fuel system
  A dual-fuel heat pump hands the coldest hours to a gas furnace. A rotten-egg smell there can be a gas
  leak: leave the house without touching switches and call the gas utility or 911 from outside. The
  same advice holds when nobody knows whether there is gas in the house, or when another appliance
  burns gas: the owner cannot tell one gas smell from another.

  Rule: A rotten-egg smell means leave the house and call the gas utility from outside

    Scenario: Rotten-egg smell near the furnace of a dual-fuel system
      Given the observations:
        | fact      | value      |
        | mode      | heat       |
        | dual_fuel | true       |
        | smell     | rotten_egg |
      When the heat pump is diagnosed
      Then the leading diagnosis is "gas_leak"
      And the first advisory is "gas_smell_evacuate"
      And the escalation is "emergency"
      And the rule "hazards.rotten_egg_smell" fires
      And the rule "hazards.rotten_egg_smell_dual_fuel" fires

    Scenario: Rotten-egg smell in a house whose heat pump has no furnace
      Given the observations:
        | fact      | value      |
        | mode      | heat       |
        | dual_fuel | false      |
        | smell     | rotten_egg |
      When the heat pump is diagnosed
      Then the leading diagnosis is "gas_leak"
      And the first advisory is "gas_smell_evacuate"
      And the escalation is "emergency"
      And the rule "hazards.rotten_egg_smell" fires
      And the rule "hazards.rotten_egg_smell_dual_fuel" stays silent

    Scenario: A musty smell on a dual-fuel system is no gas alarm
      Given the observations:
        | fact      | value  |
        | mode      | cool   |
        | dual_fuel | true   |
        | smell     | musty  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "gas_leak"
      And the advisories do not include "gas_smell_evacuate"
      And the rule "hazards.rotten_egg_smell" stays silent
      And the rule "hazards.rotten_egg_smell_dual_fuel" stays silent
