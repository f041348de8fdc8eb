Feature: ClimateMaster CXM and Carrier Aquazone fault codes
  ClimateMaster's CXM control, also fitted as the Complete C and D controls of Carrier Aquazone
  water-source and geothermal units, blinks the fault it locked out on. A thermostat reset keeps the
  fault memory; switching the power off erases it. Freeze-protection lockouts are not to be reset
  again and again: the coaxial coil can freeze and split.

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
        | brand         | family   | code      | leading                         | level   | advisory                     | rule                                            |
        | ClimateMaster | CXM      | 2 flashes | low_loop_flow                   | routine | never_bypass_flow_protection | codes.cxm_code2_high_pressure_mode_unknown      |
        | ClimateMaster | CXM      | 3 flashes | low_refrigerant_charge          | routine | refrigerant_certified_only   | codes.cxm_code3_low_pressure                    |
        | ClimateMaster | CXM      | 4 flashes | freeze_protection_setting_wrong | prompt  | no_repeated_freeze_resets    | codes.cxm_code4_fp1_freeze                      |
        | ClimateMaster | CXM      | 5 flashes | low_refrigerant_charge          | routine | no_sharp_tools_on_ice        | codes.cxm_code5_fp2_air_coil_freeze             |
        | ClimateMaster | CXM      | 6 flashes | clogged_condensate_drain        | diy     | water_near_electrical        | codes.cxm_code6_condensate                      |
        | ClimateMaster | CXM      | 7 flashes | control_voltage_fault           | prompt  | power_off_before_opening     | codes.cxm_code7_voltage                         |
        | ClimateMaster | CXM      | 8 flashes | low_loop_flow                   | routine | power_off_before_opening     | codes.cxm_code8_performance                     |
        | ClimateMaster | CXM      | 9 flashes | sensor_failure                  | routine | power_off_before_opening     | codes.cxm_code9_sensors_swapped                 |
        | Carrier       | Aquazone | 2 flashes | low_loop_flow                   | routine | never_bypass_flow_protection | codes.aquazone_code2_high_pressure_mode_unknown |
        | Carrier       | Aquazone | 3 flashes | low_refrigerant_charge          | routine | refrigerant_certified_only   | codes.aquazone_code3_low_pressure               |
        | Carrier       | Aquazone | 4 flashes | freeze_protection_setting_wrong | prompt  | no_repeated_freeze_resets    | codes.aquazone_code4_fp1_freeze                 |
        | Carrier       | Aquazone | 5 flashes | low_refrigerant_charge          | routine | no_sharp_tools_on_ice        | codes.aquazone_code5_fp2_air_coil_freeze        |
        | Carrier       | Aquazone | 6 flashes | clogged_condensate_drain        | diy     | water_near_electrical        | codes.aquazone_code6_condensate                 |
        | Carrier       | Aquazone | 7 flashes | control_voltage_fault           | prompt  | power_off_before_opening     | codes.aquazone_code7_voltage                    |
        | Carrier       | Aquazone | 8 flashes | low_loop_flow                   | routine | power_off_before_opening     | codes.aquazone_code8_performance                |
        | Carrier       | Aquazone | 9 flashes | sensor_failure                  | routine | power_off_before_opening     | codes.aquazone_code9_sensors_swapped            |

    Scenario Outline: <brand> <family> showing <code>, which is not a fault
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the escalation is "none"
      And the rule "<rule>" fires

      Examples:
        | brand         | family   | code    | rule                          |
        | ClimateMaster | CXM      | 1 flash | codes.cxm_code1_no_fault      |
        | Carrier       | Aquazone | 1 flash | codes.aquazone_code1_no_fault |

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
        | brand         | family   | code      | fact         | value | leading          | rule                                       |
        | ClimateMaster | CXM      | 2 flashes | mode         | cool  | low_loop_flow    | codes.cxm_code2_high_pressure_cooling      |
        | ClimateMaster | CXM      | 2 flashes | mode         | heat  | dirty_air_filter | codes.cxm_code2_high_pressure_heating      |
        | ClimateMaster | CXM      | 3 flashes | mode         | heat  | low_loop_flow    | codes.cxm_code3_low_pressure_heating       |
        | ClimateMaster | CXM      | 5 flashes | filter_dirty | true  | dirty_air_filter | codes.cxm_code5_filter_dirty               |
        | Carrier       | Aquazone | 2 flashes | mode         | cool  | low_loop_flow    | codes.aquazone_code2_high_pressure_cooling |
        | Carrier       | Aquazone | 2 flashes | mode         | heat  | dirty_air_filter | codes.aquazone_code2_high_pressure_heating |
        | Carrier       | Aquazone | 3 flashes | mode         | heat  | low_loop_flow    | codes.aquazone_code3_low_pressure_heating  |
        | Carrier       | Aquazone | 5 flashes | filter_dirty | true  | dirty_air_filter | codes.aquazone_code5_filter_dirty          |

    Scenario Outline: <code> on a <brand> <family> with <fact> = <value> rules out <ruled_out>
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      And <fact> is "<value>"
      When the heat pump is diagnosed
      Then the diagnoses do not include "<ruled_out>"
      And the rule "<rule>" fires

      Examples:
        | brand         | family   | code      | fact         | value | ruled_out                       | rule                                   |
        | ClimateMaster | CXM      | 4 flashes | antifreeze   | none  | freeze_protection_setting_wrong | codes.cxm_code4_fp1_no_antifreeze      |
        | ClimateMaster | CXM      | 5 flashes | filter_dirty | false | dirty_air_filter                | codes.cxm_code5_filter_clean           |
        | Carrier       | Aquazone | 4 flashes | antifreeze   | none  | freeze_protection_setting_wrong | codes.aquazone_code4_fp1_no_antifreeze |
        | Carrier       | Aquazone | 5 flashes | filter_dirty | false | dirty_air_filter                | codes.aquazone_code5_filter_clean      |

  Rule: A high-pressure lockout is a technician's job in every mode

    Code 2 trips at once and locks out after three retries; the table names a professional for it.
    The owner may open a closed valve, but the water-side checks and the reset are a technician's.

    Scenario Outline: <brand> <family> code 2 in cooling with low loop flow on a ground-source unit
      Given the observations:
        | fact           | value         |
        | system_type    | ground_source |
        | brand          | <brand>       |
        | product_family | <family>      |
        | error_code     | 2             |
        | mode           | cool          |
        | loop_flow      | low           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the escalation is "routine"
      And the advisories include "never_bypass_flow_protection"
      And the diagnoses do not include "blocked_outdoor_airflow"
      And the diagnoses do not include "dirty_outdoor_coil"
      And the rule "<rule>" fires

      Examples:
        | brand         | family   | rule                                    |
        | ClimateMaster | CXM      | codes.cxm_code2_lockout_professional      |
        | Carrier       | Aquazone | codes.aquazone_code2_lockout_professional |

    Scenario Outline: <brand> <family> code 2 in fan mode (the mode at the trip unknown) still asks for a technician
      Given the observations:
        | fact           | value    |
        | brand          | <brand>  |
        | product_family | <family> |
        | error_code     | Code 2   |
        | mode           | fan      |
      When the heat pump is diagnosed
      Then the escalation is "routine"
      And the diagnoses do not include "error_code_meaning_unverified"
      And the rule "<rule>" fires

      Examples:
        | brand         | family   | rule                                    |
        | ClimateMaster | CXM      | codes.cxm_code2_lockout_professional      |
        | Carrier       | Aquazone | codes.aquazone_code2_lockout_professional |

    Scenario Outline: <brand> <family> code 3 is no high-pressure lockout
      Given the observations:
        | fact           | value    |
        | brand          | <brand>  |
        | product_family | <family> |
        | error_code     | 3        |
        | mode           | cool     |
      When the heat pump is diagnosed
      Then the rule "<rule>" stays silent

      Examples:
        | brand         | family   | rule                                    |
        | ClimateMaster | CXM      | codes.cxm_code2_lockout_professional      |
        | Carrier       | Aquazone | codes.aquazone_code2_lockout_professional |

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
        | brand         | code      | rule                                            |
        | ClimateMaster | 1 flash   | codes.cxm_code1_no_fault                        |
        | ClimateMaster | 2 flashes | codes.cxm_code2_high_pressure_cooling           |
        | ClimateMaster | 2 flashes | codes.cxm_code2_high_pressure_heating           |
        | ClimateMaster | 2 flashes | codes.cxm_code2_high_pressure_mode_unknown      |
        | ClimateMaster | 2 flashes | codes.cxm_code2_lockout_professional            |
        | ClimateMaster | 3 flashes | codes.cxm_code3_low_pressure                    |
        | ClimateMaster | 3 flashes | codes.cxm_code3_low_pressure_heating            |
        | ClimateMaster | 4 flashes | codes.cxm_code4_fp1_freeze                      |
        | ClimateMaster | 4 flashes | codes.cxm_code4_fp1_no_antifreeze               |
        | ClimateMaster | 5 flashes | codes.cxm_code5_fp2_air_coil_freeze             |
        | ClimateMaster | 6 flashes | codes.cxm_code6_condensate                      |
        | ClimateMaster | 7 flashes | codes.cxm_code7_voltage                         |
        | ClimateMaster | 8 flashes | codes.cxm_code8_performance                     |
        | ClimateMaster | 9 flashes | codes.cxm_code9_sensors_swapped                 |
        | ClimateMaster | 5 flashes | codes.cxm_code5_filter_dirty                    |
        | ClimateMaster | 5 flashes | codes.cxm_code5_filter_clean                    |
        | Carrier       | 1 flash   | codes.aquazone_code1_no_fault                   |
        | Carrier       | 2 flashes | codes.aquazone_code2_high_pressure_cooling      |
        | Carrier       | 2 flashes | codes.aquazone_code2_high_pressure_heating      |
        | Carrier       | 2 flashes | codes.aquazone_code2_high_pressure_mode_unknown |
        | Carrier       | 2 flashes | codes.aquazone_code2_lockout_professional       |
        | Carrier       | 3 flashes | codes.aquazone_code3_low_pressure               |
        | Carrier       | 3 flashes | codes.aquazone_code3_low_pressure_heating       |
        | Carrier       | 4 flashes | codes.aquazone_code4_fp1_freeze                 |
        | Carrier       | 4 flashes | codes.aquazone_code4_fp1_no_antifreeze          |
        | Carrier       | 5 flashes | codes.aquazone_code5_fp2_air_coil_freeze        |
        | Carrier       | 6 flashes | codes.aquazone_code6_condensate                 |
        | Carrier       | 7 flashes | codes.aquazone_code7_voltage                    |
        | Carrier       | 8 flashes | codes.aquazone_code8_performance                |
        | Carrier       | 9 flashes | codes.aquazone_code9_sensors_swapped            |
        | Carrier       | 5 flashes | codes.aquazone_code5_filter_dirty               |
        | Carrier       | 5 flashes | codes.aquazone_code5_filter_clean               |
