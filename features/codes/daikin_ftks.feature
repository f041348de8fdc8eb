Feature: Daikin wall-mounted split codes (FTKS)
  Daikin wall-mounted splits show a letter-number code on the remote. The meanings come from the
  FTKS service manual; where only a tier-C page or the reference's own inference gives the causes,
  the certainties stay modest. The owner can clean the filter, clear the outdoor unit and reset a
  breaker once; refrigerant, boards and compressors are a technician's.

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
        | brand  | family | code | leading                 | level   | advisory                   | rule                                       |
        | Daikin | FTKS   | A1   | control_board_failure   | prompt  | wait_restart_delay         | codes.daikin_ftks_a1_indoor_pcb            |
        | Daikin | FTKS   | A5   | dirty_air_filter        | diy     | power_off_before_opening   | codes.daikin_ftks_a5_freeze_up             |
        | Daikin | FTKS   | A6   | indoor_blower_failure   | prompt  | capacitor_stored_charge    | codes.daikin_ftks_a6_indoor_fan            |
        | Daikin | FTKS   | C4   | sensor_failure          | routine | capacitor_stored_charge    | codes.daikin_ftks_c4_c9_thermistor         |
        | Daikin | FTKS   | U4   | damaged_wiring          | prompt  | breaker_reset_once         | codes.daikin_ftks_u4_transmission          |
        | Daikin | FTKS   | E5   | compressor_failure      | prompt  | capacitor_stored_charge    | codes.daikin_ftks_e5_overload              |
        | Daikin | FTKS   | E6   | compressor_failure      | prompt  | capacitor_stored_charge    | codes.daikin_ftks_e6_compressor_lock       |
        | Daikin | FTKS   | E7   | fan_obstruction         | diy     | fan_may_start              | codes.daikin_ftks_e7_outdoor_fan_lock      |
        | Daikin | FTKS   | F3   | low_refrigerant_charge  | routine | power_off_before_opening   | codes.daikin_ftks_f3_discharge_temperature |
        | Daikin | FTKS   | H6   | compressor_failure      | prompt  | capacitor_stored_charge    | codes.daikin_ftks_h6_position_sensor       |
        | Daikin | FTKS   | L4   | blocked_outdoor_airflow | diy     | fan_may_start              | codes.daikin_ftks_l4_l5_fin_overcurrent    |
        | Daikin | FTKS   | U0   | low_refrigerant_charge  | routine | refrigerant_certified_only | codes.daikin_ftks_u0_insufficient_gas      |
        | Daikin | FTKS   | U2   | supply_voltage_fault    | prompt  | power_off_before_opening   | codes.daikin_ftks_u2_voltage               |
        | Daikin | FHYP   | C4   | sensor_failure          | routine | capacitor_stored_charge    | codes.daikin_fhyp_c4_c9_thermistor         |
        | Daikin | FTXS   | U0   | low_refrigerant_charge  | routine | refrigerant_certified_only | codes.daikin_ftxs_u0_insufficient_gas      |

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
        | brand  | family | code | fact           | value           | leading                  | rule                                     |
        | Daikin | FTKS   | A5   | filter_dirty   | true            | dirty_air_filter         | codes.daikin_ftks_a5_filter_dirty        |
        | Daikin | FTKS   | U4   | power_state    | breaker_tripped | power_supply_interrupted | codes.daikin_ftks_u4_breaker_tripped     |
        | Daikin | FTKS   | L4   | visible_debris | leaves          | blocked_outdoor_airflow  | codes.daikin_ftks_l4_l5_outdoor_blocked  |
        | Daikin | FTKS   | E7   | outdoor_ice    | heavy_ice       | fan_obstruction          | codes.daikin_ftks_e7_fan_iced_or_blocked |

    Scenario Outline: <code> on a <brand> <family> with <fact> = <value> rules out <ruled_out>
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      And <fact> is "<value>"
      When the heat pump is diagnosed
      Then the diagnoses do not include "<ruled_out>"
      And the rule "<rule>" fires

      Examples:
        | brand  | family | code | fact           | value | ruled_out               | rule                                  |
        | Daikin | FTKS   | A5   | filter_dirty   | false | dirty_air_filter        | codes.daikin_ftks_a5_filter_clean     |
        | Daikin | FTKS   | L4   | visible_debris | none  | blocked_outdoor_airflow | codes.daikin_ftks_l4_l5_outdoor_clear |

    Scenario Outline: <code> on a <brand> <family> with <fact> = <value> brings <advisory>
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      And <fact> is "<value>"
      When the heat pump is diagnosed
      Then the advisories include "<advisory>"
      And the rule "<rule>" fires

      Examples:
        | brand  | family | code | fact        | value | advisory              | rule                     |
        | Daikin | FTKS   | U0   | refrigerant | r32   | flammable_refrigerant | codes.daikin_ftks_u0_a2l |
        | Daikin | FTXS   | U0   | refrigerant | r32   | flammable_refrigerant | codes.daikin_ftxs_u0_a2l |

  Rule: The ice advice comes with ice that is actually there

    Scenario Outline: <code> <where>
      Given the observations:
        | fact           | value   |
        | brand          | Daikin  |
        | product_family | FTKS    |
        | error_code     | <code>  |
        | mode           | <mode>  |
        | <fact>         | <value> |
      When the heat pump is diagnosed
      Then the advisories <include> "no_sharp_tools_on_ice"
      And the rule "<rule>" fires

      Examples:
        | code | where                                   | mode | fact               | value     | include        | rule                                  |
        | A5   | in heating (high-pressure control)      | heat | indoor_coil_frozen | false     | do not include | codes.daikin_ftks_a5_freeze_up        |
        | A5   | in cooling with ice on the indoor coil  | cool | indoor_coil_frozen | true      | include        | codes.daikin_ftks_a5_freeze_up        |
        | E7   | in summer, no ice at the outdoor unit   | cool | outdoor_ice        | none      | do not include | codes.daikin_ftks_e7_outdoor_fan_lock |
        | E7   | in winter with the outdoor unit iced up | heat | outdoor_ice        | heavy_ice | include        | codes.daikin_ftks_e7_fan_iced_or_blocked |

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
        | brand  | code | rule                                       |
        | Daikin | A1   | codes.daikin_ftks_a1_indoor_pcb            |
        | Daikin | A5   | codes.daikin_ftks_a5_freeze_up             |
        | Daikin | A6   | codes.daikin_ftks_a6_indoor_fan            |
        | Daikin | C4   | codes.daikin_ftks_c4_c9_thermistor         |
        | Daikin | U4   | codes.daikin_ftks_u4_transmission          |
        | Daikin | E5   | codes.daikin_ftks_e5_overload              |
        | Daikin | E6   | codes.daikin_ftks_e6_compressor_lock       |
        | Daikin | E7   | codes.daikin_ftks_e7_outdoor_fan_lock      |
        | Daikin | F3   | codes.daikin_ftks_f3_discharge_temperature |
        | Daikin | H6   | codes.daikin_ftks_h6_position_sensor       |
        | Daikin | L4   | codes.daikin_ftks_l4_l5_fin_overcurrent    |
        | Daikin | U0   | codes.daikin_ftks_u0_insufficient_gas      |
        | Daikin | U2   | codes.daikin_ftks_u2_voltage               |
        | Daikin | A5   | codes.daikin_ftks_a5_filter_dirty          |
        | Daikin | A5   | codes.daikin_ftks_a5_filter_clean          |
        | Daikin | U4   | codes.daikin_ftks_u4_breaker_tripped       |
        | Daikin | L4   | codes.daikin_ftks_l4_l5_outdoor_blocked    |
        | Daikin | L4   | codes.daikin_ftks_l4_l5_outdoor_clear      |
        | Daikin | E7   | codes.daikin_ftks_e7_fan_iced_or_blocked   |
        | Daikin | U0   | codes.daikin_ftks_u0_a2l                   |
        | Daikin | C4   | codes.daikin_fhyp_c4_c9_thermistor         |
        | Daikin | U0   | codes.daikin_ftxs_u0_insufficient_gas      |
        | Daikin | U0   | codes.daikin_ftxs_u0_a2l                   |
