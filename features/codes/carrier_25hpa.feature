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
        | Carrier | 25HPA  | Code 31 | refrigerant_overcharge      | prompt  | fan_may_start            | codes.carrier_25hpa_code31_high_pressure      |
        | Carrier | 25HPA  | Code 32 | low_refrigerant_charge      | routine | capacitor_stored_charge  | codes.carrier_25hpa_code32_low_pressure       |
        | Carrier | 25HPA  | Code 45 | control_board_failure       | prompt  | capacitor_stored_charge  | codes.carrier_25hpa_code45_board              |
        | Carrier | 25HPA  | Code 46 | control_voltage_fault       | prompt  | power_off_before_opening | codes.carrier_25hpa_code46_brown_out          |
        | Carrier | 25HPA  | Code 53 | outdoor_temp_sensor_failure | routine | power_off_before_opening | codes.carrier_25hpa_code53_outdoor_air_sensor |
        | Carrier | 25HPA  | Code 55 | defrost_control_failure     | prompt  | power_off_before_opening | codes.carrier_25hpa_code55_coil_sensor        |

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
