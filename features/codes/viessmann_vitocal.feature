Feature: Viessmann Vitocal 242-G messages
  The Viessmann Vitocal 242-G ground-source heat pump reports sensor faults of the secondary circuit
  as numbered messages; it keeps running on a substitute value until both sensors fail.

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
        | brand     | family      | code       | leading        | level   | advisory                 | rule                                |
        | Viessmann | Vitocal 242 | Message 20 | sensor_failure | routine | power_off_before_opening | codes.vitocal_242_20_28_flow_sensor |
        | Viessmann | Vitocal 242 | Message A9 | sensor_failure | routine | power_off_before_opening | codes.vitocal_242_a9_both_sensors   |
        | Viessmann | Vitocal 242-G | 10       | outdoor_temp_sensor_failure | routine | power_off_before_opening | codes.vitocal_242_10_outside_sensor_short |

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
        | brand     | code       | rule                                |
        | Viessmann | Message 20 | codes.vitocal_242_20_28_flow_sensor |
        | Viessmann | Message A9 | codes.vitocal_242_a9_both_sensors   |
        | Viessmann | Message 10 | codes.vitocal_242_10_outside_sensor_short |

  Rule: The message number is read only on the Vitocal 242

    Scenario: Message 10 on another Viessmann line is not read as the outside sensor
      Given the observations:
        | fact           | value         |
        | brand          | Viessmann     |
        | product_family | Vitocal 200-S |
        | error_code     | 10            |
        | mode           | heat          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "error_code_meaning_unverified"
      And the diagnoses do not include "outdoor_temp_sensor_failure"
      And the rule "codes.vitocal_242_10_outside_sensor_short" stays silent
      And the rule "codes.code_not_in_family_table" fires
