Feature: Vaillant uniTOWER and aroTHERM messages
  Vaillant uniTOWER and aroTHERM controllers show maintenance (I.) and status (S.) messages. Low water
  pressure on a water-only circuit may be topped up once per the manual; a brine circuit only with its
  premixed fluid, by the installer.

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
        | brand    | family   | code  | leading             | level   | advisory                     | rule                                      |
        | Vaillant | uniTOWER | I.032 | low_system_pressure | diy     | relief_valve_never_capped    | codes.unitower_i032_water_pressure_low    |
        | Vaillant | uniTOWER | I.200 | low_system_pressure | diy     | no_plain_water_top_up        | codes.unitower_i200_brine_pressure_low    |
        | Vaillant | uniTOWER | S.727 | low_loop_flow       | diy     | never_bypass_flow_protection | codes.unitower_s727_high_pressure_monitor |
        | Vaillant | uniTOWER | S.728 | low_loop_flow       | routine | never_bypass_flow_protection | codes.unitower_s728_low_pressure_monitor  |
        | Vaillant | aroTHERM | I.032 | low_system_pressure | diy     | relief_valve_never_capped    | codes.arotherm_i032_water_pressure_low    |
        | Vaillant | aroTHERM | I.200 | low_system_pressure | diy     | no_plain_water_top_up        | codes.arotherm_i200_brine_pressure_low    |
        | Vaillant | aroTHERM | S.727 | low_loop_flow       | diy     | never_bypass_flow_protection | codes.arotherm_s727_high_pressure_monitor |
        | Vaillant | aroTHERM | S.728 | low_loop_flow       | routine | never_bypass_flow_protection | codes.arotherm_s728_low_pressure_monitor  |

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
        | brand    | code  | rule                                      |
        | Vaillant | I.032 | codes.unitower_i032_water_pressure_low    |
        | Vaillant | I.200 | codes.unitower_i200_brine_pressure_low    |
        | Vaillant | S.727 | codes.unitower_s727_high_pressure_monitor |
        | Vaillant | S.728 | codes.unitower_s728_low_pressure_monitor  |
        | Vaillant | I.032 | codes.arotherm_i032_water_pressure_low    |
        | Vaillant | I.200 | codes.arotherm_i200_brine_pressure_low    |
        | Vaillant | S.727 | codes.arotherm_s727_high_pressure_monitor |
        | Vaillant | S.728 | codes.arotherm_s728_low_pressure_monitor  |
