Feature: Daikin Altherma codes
  Daikin Altherma air-to-water heat pumps report water-flow, pressure and inverter faults. A 7H
  means the minimum water flow was not reached: open the valves and clean the filter per the manual,
  never bridge the flow protection, and in frost a circuit without glycol must not be left without flow.

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
        | brand  | family   | code | leading                   | level   | advisory                     | rule                                     |
        | Daikin | Altherma | 7H   | low_loop_flow             | diy     | never_bypass_flow_protection | codes.altherma_7h_water_flow             |
        | Daikin | Altherma | E3   | refrigerant_overcharge    | routine | refrigerant_certified_only   | codes.altherma_e3_high_pressure_charge   |
        | Daikin | Altherma | E4   | low_refrigerant_charge    | routine | power_off_before_opening     | codes.altherma_e4_low_pressure           |
        | Daikin | Altherma | E5   | compressor_failure        | prompt  | capacitor_stored_charge      | codes.altherma_e5_compressor_lock        |
        | Daikin | Altherma | E7   | outdoor_fan_motor_failure | prompt  | fan_may_start                | codes.altherma_e7_outdoor_fan            |
        | Daikin | Altherma | E9   | liquid_line_restriction   | routine | refrigerant_certified_only   | codes.altherma_e9_eev                    |
        | Daikin | Altherma | F3   | low_refrigerant_charge    | routine | refrigerant_certified_only   | codes.altherma_f3_discharge_temperature  |
        | Daikin | Altherma | L4   | control_board_failure     | prompt  | capacitor_stored_charge      | codes.altherma_l4_fin_temperature        |
        | Daikin | Altherma | L5   | control_board_failure     | prompt  | capacitor_stored_charge      | codes.altherma_l5_output_overcurrent     |
        | Daikin | Altherma | AA   | air_in_loop               | routine | wait_restart_delay           | codes.altherma_aa_backup_heater_overheat |

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
        | brand  | family   | code | fact               | value | leading       | rule                                         |
        | Daikin | Altherma | E3   | mode               | heat  | low_loop_flow | codes.altherma_e3_high_pressure_heating_flow |
        | Daikin | Altherma | 7H   | zone_valves_closed | true  | low_loop_flow | codes.altherma_7h_valves_closed              |

    Scenario: 7H on a Daikin Altherma in frost, water-only circuit
      Given the observations:
        | fact           | value    |
        | brand          | Daikin   |
        | product_family | Altherma |
        | error_code     | 7H       |
        | outdoor_temp_f | 20       |
        | antifreeze     | none     |
      When the heat pump is diagnosed
      Then the advisories include "freeze_risk_power_cut"
      And the rule "codes.altherma_7h_freeze_risk" fires

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
        | brand  | code | rule                                         |
        | Daikin | 7H   | codes.altherma_7h_water_flow                 |
        | Daikin | E3   | codes.altherma_e3_high_pressure_charge       |
        | Daikin | E3   | codes.altherma_e3_high_pressure_heating_flow |
        | Daikin | E4   | codes.altherma_e4_low_pressure               |
        | Daikin | E5   | codes.altherma_e5_compressor_lock            |
        | Daikin | E7   | codes.altherma_e7_outdoor_fan                |
        | Daikin | E9   | codes.altherma_e9_eev                        |
        | Daikin | F3   | codes.altherma_f3_discharge_temperature      |
        | Daikin | L4   | codes.altherma_l4_fin_temperature            |
        | Daikin | L5   | codes.altherma_l5_output_overcurrent         |
        | Daikin | AA   | codes.altherma_aa_backup_heater_overheat     |
        | Daikin | 7H   | codes.altherma_7h_valves_closed              |
        | Daikin | 7H   | codes.altherma_7h_freeze_risk                |
