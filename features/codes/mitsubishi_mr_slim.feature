Feature: Mitsubishi Mr Slim codes
  Mitsubishi Electric Mr Slim indoor units (PAA, PKA, PEA and the P-Series commercial line) show
  P- and E-codes. The same code means something else on a City Multi PUMY, so the product family is
  always part of the reading.

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
        | brand      | family    | code | leading                | level   | advisory                 | rule                                |
        | Mitsubishi | PAA       | P1   | sensor_failure         | routine | capacitor_stored_charge  | codes.paa_p1_room_thermistor        |
        | Mitsubishi | PAA       | P2   | sensor_failure         | routine | capacitor_stored_charge  | codes.paa_p2_pipe_thermistor        |
        | Mitsubishi | PAA       | P4   | damaged_wiring         | prompt  | power_off_before_opening | codes.paa_p4_float_switch_connector |
        | Mitsubishi | PAA       | P6   | dirty_air_filter       | diy     | no_sharp_tools_on_ice    | codes.paa_p6_freeze_overheat        |
        | Mitsubishi | PKA       | P6   | dirty_air_filter       | diy     | no_sharp_tools_on_ice    | codes.pka_p6_freeze_overheat        |
        | Mitsubishi | PKA       | P8   | low_refrigerant_charge | routine | power_off_before_opening | codes.pka_p8_pipe_temperature       |
        | Mitsubishi | Mr Slim P | P8   | low_refrigerant_charge | routine | power_off_before_opening | codes.mr_slim_p_p8_pipe_temperature |
        | Mitsubishi | PEA       | E0   | damaged_wiring         | prompt  | wait_restart_delay       | codes.pea_e0_e4_remote_transmission |

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
        | brand      | family    | code | fact         | value           | leading                  | rule                               |
        | Mitsubishi | PAA       | P6   | filter_dirty | true            | dirty_air_filter         | codes.paa_p6_filter_dirty          |
        | Mitsubishi | PKA       | P6   | filter_dirty | true            | dirty_air_filter         | codes.pka_p6_filter_dirty          |
        | Mitsubishi | PKA       | P8   | power_state  | breaker_tripped | power_supply_interrupted | codes.pka_p8_breaker_tripped       |
        | Mitsubishi | Mr Slim P | P8   | power_state  | breaker_tripped | power_supply_interrupted | codes.mr_slim_p_p8_breaker_tripped |

    Scenario Outline: <code> on a <brand> <family> with <fact> = <value> rules out <ruled_out>
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      And <fact> is "<value>"
      When the heat pump is diagnosed
      Then the diagnoses do not include "<ruled_out>"
      And the rule "<rule>" fires

      Examples:
        | brand      | family | code | fact         | value | ruled_out        | rule                      |
        | Mitsubishi | PAA    | P6   | filter_dirty | false | dirty_air_filter | codes.paa_p6_filter_clean |
        | Mitsubishi | PKA    | P6   | filter_dirty | false | dirty_air_filter | codes.pka_p6_filter_clean |

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
        | brand      | code | rule                                |
        | Mitsubishi | P1   | codes.paa_p1_room_thermistor        |
        | Mitsubishi | P2   | codes.paa_p2_pipe_thermistor        |
        | Mitsubishi | P4   | codes.paa_p4_float_switch_connector |
        | Mitsubishi | P6   | codes.paa_p6_freeze_overheat        |
        | Mitsubishi | P6   | codes.paa_p6_filter_dirty           |
        | Mitsubishi | P6   | codes.paa_p6_filter_clean           |
        | Mitsubishi | P6   | codes.pka_p6_freeze_overheat        |
        | Mitsubishi | P8   | codes.pka_p8_pipe_temperature       |
        | Mitsubishi | P6   | codes.pka_p6_filter_dirty           |
        | Mitsubishi | P6   | codes.pka_p6_filter_clean           |
        | Mitsubishi | P8   | codes.pka_p8_breaker_tripped        |
        | Mitsubishi | P8   | codes.mr_slim_p_p8_pipe_temperature |
        | Mitsubishi | P8   | codes.mr_slim_p_p8_breaker_tripped  |
        | Mitsubishi | E0   | codes.pea_e0_e4_remote_transmission |
