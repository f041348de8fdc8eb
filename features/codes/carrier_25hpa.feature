Feature: Carrier 25HPA status codes
  The Carrier Performance 25HPA heat pump flashes a two-digit status code on its amber LED. The owner
  clears debris or changes a filter where the code points there; pressure switches, the board, the
  control voltage and sensors are a technician's.

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
        | brand   | family | code    | leading                     | level   | advisory                 | rule                                          |
        | Carrier | 25HPA  | Code 16 | damaged_wiring              | prompt  | capacitor_stored_charge  | codes.carrier_25hpa_code16_communication      |
        | Carrier | 25HPA  | Code 31 | refrigerant_overcharge      | routine | refrigerant_certified_only | codes.carrier_25hpa_code31_high_pressure      |
        | Carrier | 25HPA  | Code 32 | low_refrigerant_charge      | routine | capacitor_stored_charge  | codes.carrier_25hpa_code32_low_pressure       |
        | Carrier | 25HPA  | Code 45 | control_board_failure       | prompt  | capacitor_stored_charge  | codes.carrier_25hpa_code45_board              |
        | Carrier | 25HPA  | Code 46 | control_voltage_fault       | prompt  | power_off_before_opening | codes.carrier_25hpa_code46_brown_out          |
        | Carrier | 25HPA  | Code 53 | outdoor_temp_sensor_failure | routine | power_off_before_opening | codes.carrier_25hpa_code53_outdoor_air_sensor |
        | Carrier | 25HPA  | Code 55 | defrost_control_failure     | prompt  | power_off_before_opening | codes.carrier_25hpa_code55_coil_sensor        |

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
        | brand   | family | code    | fact           | value  | leading                 | rule                                       |
        | Carrier | 25HPA  | Code 31 | visible_debris | leaves | blocked_outdoor_airflow | codes.carrier_25hpa_code31_outdoor_blocked |
        | Carrier | 25HPA  | Code 32 | filter_dirty   | true   | dirty_air_filter        | codes.carrier_25hpa_code32_filter_dirty    |

    Scenario Outline: <code> on a <brand> <family> with <fact> = <value> rules out <ruled_out>
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      And <fact> is "<value>"
      When the heat pump is diagnosed
      Then the diagnoses do not include "<ruled_out>"
      And the rule "<rule>" fires

      Examples:
        | brand   | family | code    | fact           | value | ruled_out               | rule                                     |
        | Carrier | 25HPA  | Code 31 | visible_debris | none  | blocked_outdoor_airflow | codes.carrier_25hpa_code31_outdoor_clear |
        | Carrier | 25HPA  | Code 32 | filter_dirty   | false | dirty_air_filter        | codes.carrier_25hpa_code32_filter_clean  |

  Rule: The mode at the trip decides which coil's airflow is read

    The high-pressure switch opens when the condensing coil cannot shed heat, the low-pressure switch
    when the evaporating coil is starved: the outdoor coil condenses in cooling and evaporates in
    heating, the indoor coil the other way round. Charge is a cause in either mode.

    Scenario Outline: <code> in <mode>: <leading> first, <not_read> is not read
      Given the observations:
        | fact           | value   |
        | brand          | Carrier |
        | product_family | 25HPA   |
        | error_code     | <code>  |
        | mode           | <mode>  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "<leading>"
      And the diagnoses include "<also>"
      And the diagnoses do not include "<not_read>"
      And the rule "<rule>" fires
      And the rule "<silent>" stays silent

      Examples:
        | code    | mode | leading                | also                      | not_read                  | rule                                              | silent                                            |
        | Code 31 | cool | refrigerant_overcharge | outdoor_fan_motor_failure | indoor_blower_failure     | codes.carrier_25hpa_code31_high_pressure_cooling  | codes.carrier_25hpa_code31_high_pressure_heating  |
        | Code 31 | heat | dirty_air_filter       | indoor_blower_failure     | outdoor_fan_motor_failure | codes.carrier_25hpa_code31_high_pressure_heating  | codes.carrier_25hpa_code31_high_pressure_cooling  |
        | Code 31 | heat | dirty_air_filter       | refrigerant_overcharge    | dirty_outdoor_coil        | codes.carrier_25hpa_code31_high_pressure_heating  | codes.carrier_25hpa_code31_high_pressure_mode_unknown |
        | Code 32 | cool | low_refrigerant_charge | dirty_air_filter          | outdoor_fan_motor_failure | codes.carrier_25hpa_code32_low_pressure_cooling   | codes.carrier_25hpa_code32_low_pressure_heating   |
        | Code 32 | heat | low_refrigerant_charge | outdoor_fan_motor_failure | indoor_blower_failure     | codes.carrier_25hpa_code32_low_pressure_heating   | codes.carrier_25hpa_code32_low_pressure_cooling   |
        | Code 32 | cool | low_refrigerant_charge | indoor_blower_failure     | blocked_outdoor_airflow   | codes.carrier_25hpa_code32_low_pressure_cooling   | codes.carrier_25hpa_code32_low_pressure_mode_unknown |

    Scenario Outline: <code> with the mode unknown reads both coils weakly and asks the mode
      Given brand is "Carrier"
      And product_family is "25HPA"
      And error_code is "<code>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "<leading>"
      And the diagnoses include "<also>"
      And the questions include "mode"
      And the rule "<rule>" fires

      Examples:
        | code    | leading                | also             | rule                                                  |
        | Code 31 | refrigerant_overcharge | dirty_air_filter | codes.carrier_25hpa_code31_high_pressure_mode_unknown |
        | Code 32 | low_refrigerant_charge | dirty_air_filter | codes.carrier_25hpa_code32_low_pressure_mode_unknown  |

    Scenario Outline: In heating, <fact> = <value> is not what opened the <code> switch
      Given the observations:
        | fact           | value   |
        | brand          | Carrier |
        | product_family | 25HPA   |
        | error_code     | <code>  |
        | mode           | heat    |
        | <fact>         | <value> |
      When the heat pump is diagnosed
      Then the rule "<rule>" stays silent

      Examples:
        | code    | fact           | value  | rule                                       |
        | Code 31 | visible_debris | leaves | codes.carrier_25hpa_code31_outdoor_blocked |
        | Code 32 | filter_dirty   | true   | codes.carrier_25hpa_code32_filter_dirty    |

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
        | brand   | code    | rule                                          |
        | Carrier | Code 16 | codes.carrier_25hpa_code16_communication      |
        | Carrier | Code 31 | codes.carrier_25hpa_code31_high_pressure      |
        | Carrier | Code 32 | codes.carrier_25hpa_code32_low_pressure       |
        | Carrier | Code 45 | codes.carrier_25hpa_code45_board              |
        | Carrier | Code 46 | codes.carrier_25hpa_code46_brown_out          |
        | Carrier | Code 53 | codes.carrier_25hpa_code53_outdoor_air_sensor |
        | Carrier | Code 55 | codes.carrier_25hpa_code55_coil_sensor        |
        | Carrier | Code 31 | codes.carrier_25hpa_code31_outdoor_blocked    |
        | Carrier | Code 31 | codes.carrier_25hpa_code31_outdoor_clear      |
        | Carrier | Code 32 | codes.carrier_25hpa_code32_filter_dirty       |
        | Carrier | Code 32 | codes.carrier_25hpa_code32_filter_clean       |
        | Carrier | Code 31 | codes.carrier_25hpa_code31_high_pressure_mode_unknown |
        | Carrier | Code 32 | codes.carrier_25hpa_code32_low_pressure_mode_unknown  |
