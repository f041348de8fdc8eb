Feature: Mitsubishi City Multi PUMY codes
  Mitsubishi Electric City Multi PUMY outdoor units report letter codes with four-digit check codes.
  P4 here is the drain sensor, not the float-switch connector it is on a Mr Slim PAA.

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
        | brand      | family | code | leading                   | level   | advisory                   | rule                                 |
        | Mitsubishi | PUMY   | P4   | drain_pan_or_pump_failure | prompt  | water_near_electrical      | codes.pumy_p4_drain_sensor           |
        | Mitsubishi | PUMY   | P5   | drain_pan_or_pump_failure | prompt  | water_near_electrical      | codes.pumy_p5_drain_overflow         |
        | Mitsubishi | PUMY   | U2   | low_refrigerant_charge    | routine | refrigerant_certified_only | codes.pumy_u2_compressor_temperature |
        | Mitsubishi | PUMY   | UE   | blocked_outdoor_airflow   | routine | fan_may_start              | codes.pumy_ue_high_pressure          |
        | Mitsubishi | PUMY   | UF   | compressor_failure        | prompt  | capacitor_stored_charge    | codes.pumy_uf_up_compressor_current  |
        | Mitsubishi | PUMY   | U5   | control_board_failure     | prompt  | capacitor_stored_charge    | codes.pumy_u5_u6_inverter            |
        | Mitsubishi | PUMY   | L6   | frozen_water_circuit      | prompt  | freeze_risk_power_cut      | codes.pumy_l6_water_freeze           |
        | Mitsubishi | PUMY   | PA   | loop_fluid_leak           | prompt  | antifreeze_hazard          | codes.pumy_pa_water_leak             |

  Rule: What the owner or technician sees on site sharpens the reading

    Scenario Outline: <code> in cooling on a <brand> <family> with <fact> = <value>
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      And mode is "cool"
      And <fact> is "<value>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "<leading>"
      And the rule "<rule>" fires

      Examples:
        | brand      | family | code | fact           | value  | leading                 | rule                          |
        | Mitsubishi | PUMY   | UE   | visible_debris | leaves | blocked_outdoor_airflow | codes.pumy_ue_outdoor_blocked |

    Scenario Outline: <code> on a <brand> <family> with <fact> = <value> rules out <ruled_out>
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      And <fact> is "<value>"
      When the heat pump is diagnosed
      Then the diagnoses do not include "<ruled_out>"
      And the rule "<rule>" fires

      Examples:
        | brand      | family | code | fact           | value | ruled_out               | rule                        |
        | Mitsubishi | PUMY   | UE   | visible_debris | none  | blocked_outdoor_airflow | codes.pumy_ue_outdoor_clear |

    Scenario Outline: <code> on a <brand> <family> with <fact> = <value> brings <advisory>
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      And <fact> is "<value>"
      When the heat pump is diagnosed
      Then the advisories include "<advisory>"
      And the rule "<rule>" fires

      Examples:
        | brand      | family | code | fact        | value | advisory              | rule              |
        | Mitsubishi | PUMY   | U2   | refrigerant | r32   | flammable_refrigerant | codes.pumy_u2_a2l |

  Rule: UE is read by the mode at the trip

    High pressure means the condensing coil cannot shed heat: the outdoor coil in cooling, the indoor
    units' coils in heating. Valves and charge count in either mode.

    Scenario Outline: UE in <mode>
      Given the observations:
        | fact           | value      |
        | brand          | Mitsubishi |
        | product_family | PUMY       |
        | error_code     | UE         |
        | mode           | <mode>     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "<leading>"
      And the diagnoses include "liquid_line_restriction"
      And the diagnoses do not include "<not_read>"
      And the rule "<rule>" fires
      And the rule "<silent>" stays silent

      Examples:
        | mode | leading                 | not_read              | rule                                 | silent                               |
        | cool | blocked_outdoor_airflow | indoor_blower_failure | codes.pumy_ue_high_pressure_outdoor_side | codes.pumy_ue_high_pressure_heating  |
        | heat | dirty_air_filter        | dirty_outdoor_coil    | codes.pumy_ue_high_pressure_heating  | codes.pumy_ue_high_pressure_outdoor_side |
        | heat | dirty_air_filter        | blocked_outdoor_airflow | codes.pumy_ue_high_pressure_heating | codes.pumy_ue_high_pressure_mode_unknown |

    Scenario: UE with the mode unknown reads the outdoor airflow first and asks the mode
      Given brand is "Mitsubishi"
      And product_family is "PUMY"
      And error_code is "UE"
      When the heat pump is diagnosed
      Then the leading diagnosis is "blocked_outdoor_airflow"
      And the diagnoses include "dirty_air_filter"
      And the questions include "mode"
      And the rule "codes.pumy_ue_high_pressure_mode_unknown" fires
      And the rule "codes.pumy_ue_high_pressure_outdoor_side" stays silent

    Scenario: Leaves against the outdoor unit do not explain UE in heating
      Given the observations:
        | fact           | value      |
        | brand          | Mitsubishi |
        | product_family | PUMY       |
        | error_code     | UE         |
        | mode           | heat       |
        | visible_debris | leaves     |
      When the heat pump is diagnosed
      Then the rule "codes.pumy_ue_outdoor_blocked" stays silent

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
        | brand      | code | rule                                 |
        | Mitsubishi | P4   | codes.pumy_p4_drain_sensor           |
        | Mitsubishi | P5   | codes.pumy_p5_drain_overflow         |
        | Mitsubishi | U2   | codes.pumy_u2_compressor_temperature |
        | Mitsubishi | UE   | codes.pumy_ue_high_pressure          |
        | Mitsubishi | UF   | codes.pumy_uf_up_compressor_current  |
        | Mitsubishi | U5   | codes.pumy_u5_u6_inverter            |
        | Mitsubishi | L6   | codes.pumy_l6_water_freeze           |
        | Mitsubishi | PA   | codes.pumy_pa_water_leak             |
        | Mitsubishi | UE   | codes.pumy_ue_outdoor_blocked        |
        | Mitsubishi | UE   | codes.pumy_ue_outdoor_clear          |
        | Mitsubishi | U2   | codes.pumy_u2_a2l                    |
