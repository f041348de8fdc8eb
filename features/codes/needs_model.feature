Feature: Reading an error code needs the brand and the product family
  Error codes are not a shared language. E5 on a Daikin wall unit is a compressor overload, on an
  Altherma a compressor lock; P4 on a Mitsubishi PAA is the float-switch connector, on a PUMY the
  drain sensor; U2 is supply voltage on a Daikin and a refrigerant shortage on a PUMY. So a code is
  read only with the brand and the product family. Until then the owner writes the code down, finds
  the nameplate, power-cycles once and waits out the restart delay. Codes whose published meanings
  disagree, or that no sound source covers, are not read at all: the unit's own manual decides.

  Rule: A code without the brand or the product family is not read

    Scenario: A code off the thermostat and nothing else
      Given error_code is "E1"
      When the heat pump is diagnosed
      Then the leading diagnosis is "error_code_needs_model"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the advisories include "wait_restart_delay"
      And the rule "codes.code_without_brand" fires
      And the rule "codes.code_without_product_family" stays silent
      And the rule "codes.code_readable_with_brand_and_family" stays silent

    Scenario: Brand known, product line not
      Given brand is "Daikin"
      And error_code is "E5"
      When the heat pump is diagnosed
      Then the leading diagnosis is "error_code_needs_model"
      And the diagnoses do not include "compressor_failure"
      And the rule "codes.code_without_product_family" fires
      And the rule "codes.code_without_brand" stays silent

    Scenario: Product line known, brand not
      Given product_family is "PUMY"
      And error_code is "P4"
      When the heat pump is diagnosed
      Then the leading diagnosis is "error_code_needs_model"
      And the diagnoses do not include "drain_pan_or_pump_failure"
      And the rule "codes.code_without_brand" fires
      And the rule "codes.code_without_product_family" stays silent

    Scenario: No code, no gate
      Given the observations:
        | fact           | value        |
        | brand          | Daikin       |
        | product_family | FTKS         |
        | mode           | cool         |
      When the heat pump is diagnosed
      Then the diagnoses do not include "error_code_needs_model"
      And the rule "codes.code_without_brand" stays silent
      And the rule "codes.code_readable_with_brand_and_family" stays silent

    Scenario: A mini-split owner with a code is asked for the brand and the product line
      Given the observations:
        | fact           | value      |
        | error_code     | E5         |
        | system_type    | mini_split |
        | mode           | heat       |
        | outdoor_temp_f | 30         |
        | no_heating     | true       |
        | noise          | none       |
        | smell          | none       |
        | outdoor_ice    | none       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "error_code_needs_model"
      And the questions include "brand"
      And the questions include "product_family"

  Rule: With the brand and product family known, the code is read for that family only

    Scenario Outline: <code> means different things on <brand> <family>
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "<leading>"
      And the diagnoses do not include "<other_meaning>"
      And the diagnoses do not include "error_code_needs_model"
      And the rule "codes.code_readable_with_brand_and_family" fires
      And the rule "<rule>" fires

      Examples:
        | brand               | family        | code | leading                   | other_meaning             | rule                              |
        | Mitsubishi Electric | PAA-A24AA1    | P4   | damaged_wiring            | drain_pan_or_pump_failure | codes.paa_p4_float_switch_connector |
        | Mitsubishi Electric | PUMY-SP140YKM | P4   | drain_pan_or_pump_failure | float_switch_tripped      | codes.pumy_p4_drain_sensor        |
        | Daikin              | FTKS25DVM     | U2   | supply_voltage_fault      | low_refrigerant_charge    | codes.daikin_ftks_u2_voltage      |
        | Mitsubishi Electric | PUMY-SP112    | U2   | low_refrigerant_charge    | supply_voltage_fault      | codes.pumy_u2_compressor_temperature |

    Scenario: A Daikin code on a Mitsubishi is not read as Daikin
      Given the observations:
        | fact           | value               |
        | brand          | Mitsubishi Electric |
        | product_family | PKA-A24KA4          |
        | error_code     | U0                  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "error_code_meaning_unverified"
      And the diagnoses do not include "low_refrigerant_charge"
      And the rule "codes.daikin_ftks_u0_insufficient_gas" stays silent
      And the rule "codes.code_readable_with_brand_and_family" fires
      And the rule "codes.code_not_in_family_table" fires

  Rule: Disputed or unsourced codes are not read; the unit's manual decides

    Scenario Outline: LG <code> has no agreed meaning
      Given the observations:
        | fact           | value    |
        | brand          | LG       |
        | product_family | Art Cool |
        | error_code     | <code>   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "error_code_meaning_unverified"
      And the diagnoses do not include "low_refrigerant_charge"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the advisories include "wait_restart_delay"
      And the rule "codes.lg_disputed_ch03_ch38" fires

      Examples:
        | code |
        | CH03 |
        | CH38 |
        | ch 38 |

    Scenario: LG CH05 is read, so the dispute rule stays out of it
      Given the observations:
        | fact           | value    |
        | brand          | LG       |
        | product_family | Art Cool |
        | error_code     | CH05     |
      When the heat pump is diagnosed
      Then the diagnoses do not include "error_code_meaning_unverified"
      And the rule "codes.lg_disputed_ch03_ch38" stays silent

    Scenario Outline: <brand> <family> code <code> is not in the sourced tables
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "error_code_meaning_unverified"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "<rule>" fires

      Examples:
        | brand        | family      | code      | rule                                 |
        | WaterFurnace | Aurora ABC  | code 7    | codes.waterfurnace_unverified        |
        | Fujitsu      | Halcyon     | E:5U      | codes.fujitsu_not_sourced            |
        | Rheem        | EcoNet      | code 57   | codes.rheem_econet_not_sourced       |
        | Samsung      | EHS Mono    | E911      | codes.samsung_ehs_not_sourced        |
        | Mitsubishi   | Ecodan      | L9        | codes.mitsubishi_ecodan_not_sourced  |
        | Carrier      | Infinity 20 | Alert 83  | codes.carrier_infinity_not_sourced   |

    Scenario Outline: The unsourced-code rules keep to their own brand and line
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      When the heat pump is diagnosed
      Then the diagnoses do not include "error_code_meaning_unverified"
      And the rule "<rule>" stays silent

      Examples:
        | brand         | family     | code    | rule                                |
        | ClimateMaster | CXM        | code 7  | codes.waterfurnace_unverified       |
        | Daikin        | FTKS       | A5      | codes.fujitsu_not_sourced           |
        | Carrier       | 25HPA      | code 31 | codes.carrier_infinity_not_sourced  |
        | Mitsubishi    | PUMY       | L6      | codes.mitsubishi_ecodan_not_sourced |

    Scenario Outline: A code of another line of the same brand is still not read, by the general rule
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "error_code_meaning_unverified"
      And the rule "<rule>" stays silent
      And the rule "codes.code_not_in_family_table" fires

      Examples:
        | brand   | family    | code    | rule                           |
        | Samsung | Wind-Free | E101    | codes.samsung_ehs_not_sourced  |
        | Ruud    | Achiever  | code 57 | codes.rheem_econet_not_sourced |

  Rule: A code the brand's table does not hold is said to be unread, and the symptoms still count

    The library does not borrow a meaning from another brand or line. It says the code is not in the
    table for this unit, asks for the unit's manual, and goes on reasoning from what is observed: the
    unread code never outranks a diagnosis that a deciding observation backs.

    Scenario Outline: <brand> <family> showing <code>, which no sourced table of that line holds
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "error_code_meaning_unverified"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the advisories include "wait_restart_delay"
      And the rule "codes.code_not_in_family_table" fires

      Examples:
        | brand         | family  | code | 
        | Daikin        | FTKS    | Z9   |
        | ClimateMaster | CXM     | 12   |
        | Lennox        | XP25    | E200 |
        | Trane         | XV20i   | 126  |

    Scenario: An unread code with a loaded filter and weak cooling: the filter leads
      Given the observations:
        | fact              | value        |
        | system_type       | ducted_split |
        | mode              | cool         |
        | reduced_cooling   | true         |
        | filter_dirty      | true         |
        | brand             | Lennox       |
        | product_family    | XP25         |
        | error_code        | E200         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the diagnoses include "error_code_meaning_unverified"
      And the rule "codes.code_not_in_family_table" fires

    Scenario: A code without the brand does not outrank a loaded filter either
      Given the observations:
        | fact              | value        |
        | system_type       | ducted_split |
        | mode              | cool         |
        | reduced_cooling   | true         |
        | filter_dirty      | true         |
        | error_code        | E1           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the diagnoses include "error_code_needs_model"
      And the rule "codes.code_without_brand" fires
      And the rule "codes.code_not_in_family_table" stays silent

    Scenario: A code the table holds is not called unread
      Given the observations:
        | fact           | value  |
        | brand          | Daikin |
        | product_family | FTKS   |
        | error_code     | U4     |
      When the heat pump is diagnosed
      Then the diagnoses do not include "error_code_meaning_unverified"
      And the rule "codes.code_not_in_family_table" stays silent
