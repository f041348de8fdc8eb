Feature: Panasonic Aquarea codes
  Panasonic Aquarea air-to-water heat pumps report H-codes. Flow faults come first from closed
  valves, a dirty filter, air or the pump; never bridge the flow switch.

  Rule: With the brand and product family known, a code points to the causes the manufacturer lists

    Scenario Outline: <brand> <family> showing <code>
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "<leading>"
      And the diagnoses do not include "error_code_needs_model"
      And the escalation is "<level>"
      And the advisories include "<advisory>"
      And the rule "<rule>" fires

      Examples:
        | brand     | family  | code | leading                | level   | advisory                     | rule                                 |
        | Panasonic | Aquarea | H62  | sensor_failure         | routine | never_bypass_flow_protection | codes.aquarea_h62_flow_switch        |
        | Panasonic | Aquarea | H98  | sensor_failure         | prompt  | capacitor_stored_charge      | codes.aquarea_h98_high_pressure      |
        | Panasonic | Aquarea | H99  | low_refrigerant_charge | routine | no_repeated_freeze_resets    | codes.aquarea_h99_hx_freeze          |
        | Panasonic | Aquarea | H99  | low_refrigerant_charge | routine | power_off_before_opening     | codes.aquarea_h99_hx_freeze_low_flow |
        | Panasonic | Aquarea | H70  | aux_heat_failure       | routine | power_off_before_opening     | codes.aquarea_h70_backup_heater_olp  |
        | Panasonic | Aquarea | H70  | aux_heat_failure       | routine | never_bypass_flow_protection | codes.aquarea_h70_no_flow_or_air     |
        | Panasonic | Aquarea | H42  | low_refrigerant_charge | routine | refrigerant_certified_only   | codes.aquarea_h42_low_pressure       |

  Rule: What the owner or technician sees on site sharpens the reading

    Scenario Outline: <code> on a <brand> <family> with <fact> = <value>
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      And <fact> is "<value>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "<leading>"
      And the rule "<rule>" fires

      Examples:
        | brand     | family  | code | fact               | value | leading       | rule                            |
        | Panasonic | Aquarea | H62  | zone_valves_closed | true  | low_loop_flow | codes.aquarea_h62_valves_closed |

    Scenario: H62 on a Panasonic Aquarea in frost, water-only circuit
      Given the observations:
        | fact           | value     |
        | brand          | Panasonic |
        | product_family | Aquarea   |
        | error_code     | H62       |
        | outdoor_temp_f | 20        |
        | antifreeze     | none      |
      When the heat pump is diagnosed
      Then the advisories include "freeze_risk_power_cut"
      And the rule "codes.aquarea_h62_freeze_risk" fires

    Scenario: H70 names the back-up heater first; no flow or air is the weaker, inferred cause
      Given the observations:
        | fact           | value                |
        | system_type    | air_to_water         |
        | brand          | Panasonic            |
        | product_family | Aquarea WH-UD07CE5-A |
        | error_code     | H70                  |
        | mode           | heat                 |
      When the heat pump is diagnosed
      Then the leading diagnosis is "aux_heat_failure"
      And the diagnoses include "air_in_loop"
      And the escalation is "routine"
      And the rule "codes.aquarea_h70_backup_heater_olp" fires
      And the rule "codes.aquarea_h70_no_flow_or_air" fires

    Scenario: H42 on an R32 Aquarea brings the flammable-refrigerant advice
      Given the observations:
        | fact           | value     |
        | brand          | Panasonic |
        | product_family | Aquarea   |
        | error_code     | H42       |
        | refrigerant    | r32       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the advisories include "flammable_refrigerant"
      And the advisories include "refrigerant_certified_only"
      And the rule "codes.aquarea_h42_a2l" fires

    Scenario: H42 on an R410A Aquarea does not
      Given the observations:
        | fact           | value     |
        | brand          | Panasonic |
        | product_family | Aquarea   |
        | error_code     | H42       |
        | refrigerant    | r410a     |
      When the heat pump is diagnosed
      Then the advisories do not include "flammable_refrigerant"
      And the rule "codes.aquarea_h42_a2l" stays silent
      And the rule "codes.aquarea_h42_low_pressure" fires

  Rule: Aquarea codes are not read on another Panasonic line

    Scenario Outline: <code> on a Panasonic <family> is not read as an Aquarea code
      Given the observations:
        | fact           | value     |
        | brand          | Panasonic |
        | product_family | <family>  |
        | error_code     | <code>    |
        | refrigerant    | r32       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "error_code_meaning_unverified"
      And the diagnoses do not include "<not_read>"
      And the rule "<rule>" stays silent

      Examples:
        | family      | code | not_read               | rule                                |
        | CS-TZ71TKEW | H70  | aux_heat_failure       | codes.aquarea_h70_backup_heater_olp |
        | CS-TZ71TKEW | H70  | air_in_loop            | codes.aquarea_h70_no_flow_or_air    |
        | CS-TZ71TKEW | H42  | low_refrigerant_charge | codes.aquarea_h42_low_pressure      |
        | CS-TZ71TKEW | H42  | low_refrigerant_charge | codes.aquarea_h42_a2l               |

  Rule: Without the product family the same code is not read

    Scenario Outline: <brand> unit showing <code>, product line not known
      Given brand is "<brand>"
      And error_code is "<code>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "error_code_needs_model"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "<rule>" stays silent

      Examples:
        | brand     | code | rule                                 |
        | Panasonic | H62  | codes.aquarea_h62_flow_switch        |
        | Panasonic | H98  | codes.aquarea_h98_high_pressure      |
        | Panasonic | H99  | codes.aquarea_h99_hx_freeze          |
        | Panasonic | H99  | codes.aquarea_h99_hx_freeze_low_flow |
        | Panasonic | H70  | codes.aquarea_h70_backup_heater_olp  |
        | Panasonic | H70  | codes.aquarea_h70_no_flow_or_air     |
        | Panasonic | H42  | codes.aquarea_h42_low_pressure       |
        | Panasonic | H62  | codes.aquarea_h62_valves_closed      |
        | Panasonic | H62  | codes.aquarea_h62_freeze_risk        |
