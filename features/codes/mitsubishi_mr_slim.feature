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
        | Mitsubishi | PAA       | P6   | dirty_air_filter       | diy     | power_off_before_opening | codes.paa_p6_freeze_overheat        |
        | Mitsubishi | PKA       | P6   | dirty_air_filter       | diy     | power_off_before_opening | codes.pka_p6_freeze_overheat        |
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

  Rule: P6 is freezing protection in cooling and overheating protection in heating

    Scenario Outline: P6 on a <family> in <mode>, indoor coil iced: <iced>
      Given the observations:
        | fact               | value      |
        | brand              | Mitsubishi |
        | product_family     | <family>   |
        | error_code         | P6         |
        | mode               | <mode>     |
        | indoor_coil_frozen | <iced>     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the advisories <include> "no_sharp_tools_on_ice"
      And the rule "<rule>" fires

      Examples:
        | family | mode | iced  | include        | rule                         |
        | PAA    | heat | false | do not include | codes.paa_p6_freeze_overheat |
        | PAA    | cool | true  | include        | codes.paa_p6_freeze_overheat |
        | PKA    | heat | false | do not include | codes.pka_p6_freeze_overheat |

  Rule: The P-series indoor units share one check-code table

    PEA, PCA, PLA, PKA, PAA and PSA indoor units (and a family given as "Mr Slim P...") are one series;
    P9 (the TH5 pipe thermistor) and E6/E7 (indoor/outdoor communication) read the same on all of them.

    Scenario Outline: Mitsubishi Electric <family> showing <code>
      Given the observations:
        | fact           | value               |
        | system_type    | mini_split          |
        | brand          | Mitsubishi Electric |
        | product_family | <family>            |
        | error_code     | <code>              |
        | mode           | cool                |
      When the heat pump is diagnosed
      Then the leading diagnosis is "<leading>"
      And the diagnoses include "<also>"
      And the diagnoses do not include "error_code_meaning_unverified"
      And the escalation is "<level>"
      And the advisories include "wait_restart_delay"
      And the rule "<family_rule>" fires
      And the rule "<rule>" fires

      Examples:
        | family       | code | leading        | also                  | level   | family_rule                         | rule                                     |
        | Mr. Slim PLA | P9   | sensor_failure | damaged_wiring        | routine | codes.mr_slim_p_series_mr_slim_p    | codes.mr_slim_p_series_p9_pipe_thermistor |
        | PEA-A12AA4   | P9   | sensor_failure | control_board_failure | routine | codes.mr_slim_p_series_pea          | codes.mr_slim_p_series_p9_pipe_thermistor |
        | PCA-A24KA7   | E6   | damaged_wiring | control_board_failure | prompt  | codes.mr_slim_p_series_pca          | codes.mr_slim_p_series_e6_communication  |
        | PLA-A12BA4   | E7   | damaged_wiring | control_board_failure | prompt  | codes.mr_slim_p_series_pla          | codes.mr_slim_p_series_e6_communication  |
        | PKA-A24KA4   | E6   | damaged_wiring | control_board_failure | prompt  | codes.mr_slim_p_series_pka          | codes.mr_slim_p_series_e6_communication  |
        | PAA-A24AA1   | P9   | sensor_failure | damaged_wiring        | routine | codes.mr_slim_p_series_paa          | codes.mr_slim_p_series_p9_pipe_thermistor |
        | PSA-A36KA7   | E6   | damaged_wiring | control_board_failure | prompt  | codes.mr_slim_p_series_psa          | codes.mr_slim_p_series_e6_communication  |

    Scenario: E6 on a Mr Slim PCA with no cooling is the connecting wire or a board, not the thermostat
      Given the observations:
        | fact           | value               |
        | system_type    | mini_split          |
        | brand          | Mitsubishi Electric |
        | product_family | Mr. Slim PCA        |
        | error_code     | E6                  |
        | no_cooling     | true                |
      When the heat pump is diagnosed
      Then the leading diagnosis is "damaged_wiring"
      And the diagnoses include "control_board_failure"
      And the rule "codes.mr_slim_p_series_e6_communication" fires

    Scenario Outline: The same series names on another brand are not a Mitsubishi P-series unit
      Given the observations:
        | fact           | value    |
        | brand          | Daikin   |
        | product_family | <family> |
        | error_code     | <code>   |
      When the heat pump is diagnosed
      Then the diagnoses do not include "sensor_failure"
      And the rule "<family_rule>" stays silent
      And the rule "<rule>" stays silent

      Examples:
        | family       | code | family_rule                      | rule                                      |
        | Mr Slim PLA  | P9   | codes.mr_slim_p_series_mr_slim_p | codes.mr_slim_p_series_p9_pipe_thermistor |
        | PEA-A12AA4   | P9   | codes.mr_slim_p_series_pea       | codes.mr_slim_p_series_p9_pipe_thermistor |
        | PCA-A24KA7   | E6   | codes.mr_slim_p_series_pca       | codes.mr_slim_p_series_e6_communication   |
        | PLA-A12BA4   | E6   | codes.mr_slim_p_series_pla       | codes.mr_slim_p_series_e6_communication   |
        | PKA-A24KA4   | E6   | codes.mr_slim_p_series_pka       | codes.mr_slim_p_series_e6_communication   |
        | PAA-A24AA1   | P9   | codes.mr_slim_p_series_paa       | codes.mr_slim_p_series_p9_pipe_thermistor |
        | PSA-A36KA7   | E6   | codes.mr_slim_p_series_psa       | codes.mr_slim_p_series_e6_communication   |

    Scenario Outline: A P-series unit showing <code> is not read as P9 or E6
      Given the observations:
        | fact           | value               |
        | brand          | Mitsubishi Electric |
        | product_family | PLA-A12BA4          |
        | error_code     | <code>              |
      When the heat pump is diagnosed
      Then the rule "codes.mr_slim_p_series_p9_pipe_thermistor" stays silent
      And the rule "codes.mr_slim_p_series_e6_communication" stays silent
      And the rule "codes.code_not_in_family_table" fires

      Examples:
        | code |
        | P3   |

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
