Feature: Copeland Comfort Alert codes
  Copeland's Comfort Alert module sits in the outdoor unit of many brands and blinks its yellow ALERT
  LED to say what the compressor did; the red TRIP LED lights when there is a call but no compressor
  current. It only monitors, so the code points at causes, it does not shut anything down itself.
  The owner records the code, checks the disconnect, breaker, filter or outdoor coil, and resets a
  breaker once at most; the rest is a technician's.

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
        | brand   | family        | code     | leading                  | level   | advisory                 | rule                                           |
        | Goodman | Comfort Alert | Red TRIP | compressor_failure       | prompt  | breaker_reset_once       | codes.comfort_alert_red_trip                   |
        | Goodman | Comfort Alert | Yellow 1 | low_refrigerant_charge   | routine | capacitor_stored_charge  | codes.comfort_alert_flash1_long_run            |
        | Goodman | Comfort Alert | Yellow 2 | dirty_outdoor_coil       | diy     | fan_may_start            | codes.comfort_alert_flash2_pressure_trip       |
        | Goodman | Comfort Alert | Yellow 3 | thermostat_failure       | routine | power_off_before_opening | codes.comfort_alert_flash3_short_cycling       |
        | Goodman | Comfort Alert | Yellow 4 | failed_capacitor         | prompt  | capacitor_stored_charge  | codes.comfort_alert_flash4_locked_rotor        |
        | Goodman | Comfort Alert | Yellow 5 | power_supply_interrupted | diy     | breaker_reset_once       | codes.comfort_alert_flash5_open_circuit        |
        | Goodman | Comfort Alert | Yellow 6 | damaged_wiring           | prompt  | capacitor_stored_charge  | codes.comfort_alert_flash6_7_open_winding      |
        | Goodman | Comfort Alert | Yellow 8 | failed_contactor         | prompt  | capacitor_stored_charge  | codes.comfort_alert_flash8_welded_contactor    |
        | Goodman | Comfort Alert | Yellow 9 | control_voltage_fault    | prompt  | power_off_before_opening | codes.comfort_alert_flash9_low_control_voltage |

    Scenario Outline: The same blink written as <code>
      Given brand is "Carrier"
      And product_family is "<family>"
      And error_code is "<code>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_failure"
      And the rule "codes.comfort_alert_flash3_short_cycling" fires

      Examples:
        | family        | code            |
        | Comfort Alert | Flash 3         |
        | ComfortAlert  | 3 flashes       |
        | comfort alert | ALERT 3 flashes |

    Scenario Outline: <brand> <family> showing <code>, which is not a fault
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the escalation is "none"
      And the rule "<rule>" fires

      Examples:
        | brand   | family        | code        | rule                            |
        | Goodman | Comfort Alert | Green POWER | codes.comfort_alert_green_power |

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
        | brand   | family        | code     | fact                | value           | leading                   | rule                                                   |
        | Goodman | Comfort Alert | Yellow 6 | supply_phases       | single          | damaged_wiring            | codes.comfort_alert_flash6_7_open_winding_single_phase |
        | Goodman | Comfort Alert | Yellow 6 | supply_phases       | three           | supply_voltage_fault      | codes.comfort_alert_flash6_three_phase_missing_phase   |
        | Goodman | Comfort Alert | Yellow 7 | supply_phases       | three           | supply_voltage_fault      | codes.comfort_alert_flash7_three_phase_reverse_phase   |
        | Goodman | Comfort Alert | Red TRIP | power_state         | breaker_tripped | power_supply_interrupted  | codes.comfort_alert_red_trip_breaker_tripped           |
        | Goodman | Comfort Alert | Yellow 5 | power_state         | breaker_tripped | power_supply_interrupted  | codes.comfort_alert_flash5_breaker_tripped             |
        | Goodman | Comfort Alert | Yellow 1 | filter_dirty        | true            | dirty_air_filter          | codes.comfort_alert_flash1_filter_dirty                |
        | Goodman | Comfort Alert | Yellow 2 | visible_debris      | leaves          | blocked_outdoor_airflow   | codes.comfort_alert_flash2_outdoor_blocked             |
        | Goodman | Comfort Alert | Yellow 2 | outdoor_fan_running | false           | outdoor_fan_motor_failure | codes.comfort_alert_flash2_outdoor_fan_still           |

    Scenario Outline: <code> on a <brand> <family> with <fact> = <value> rules out <ruled_out>
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      And <fact> is "<value>"
      When the heat pump is diagnosed
      Then the diagnoses do not include "<ruled_out>"
      And the rule "<rule>" fires

      Examples:
        | brand   | family        | code     | fact           | value | ruled_out               | rule                                     |
        | Goodman | Comfort Alert | Yellow 1 | filter_dirty   | false | dirty_air_filter        | codes.comfort_alert_flash1_filter_clean  |
        | Goodman | Comfort Alert | Yellow 2 | visible_debris | none  | blocked_outdoor_airflow | codes.comfort_alert_flash2_outdoor_clear |

    Scenario Outline: Yellow 2 in <mode>: <reading>
      Given the observations:
        | fact           | value         |
        | brand          | Goodman       |
        | product_family | Comfort Alert |
        | error_code     | Yellow 2      |
        | mode           | <mode>        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_outdoor_coil"
      And the diagnoses <include> "dirty_air_filter"
      And the rule "<rule>" <outcome>

      Examples:
        | mode | reading                                          | include         | rule                                             | outcome      |
        | heat | the indoor coil's airflow drives the head as well | include         | codes.comfort_alert_flash2_pressure_trip_heating | fires        |
        | cool | the outdoor coil condenses                       | do not include  | codes.comfort_alert_flash2_pressure_trip_heating | stays silent |

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
        | brand   | code        | rule                                                   |
        | Goodman | Green POWER | codes.comfort_alert_green_power                        |
        | Goodman | Red TRIP    | codes.comfort_alert_red_trip                           |
        | Goodman | Yellow 1    | codes.comfort_alert_flash1_long_run                    |
        | Goodman | Yellow 2    | codes.comfort_alert_flash2_pressure_trip               |
        | Goodman | Yellow 3    | codes.comfort_alert_flash3_short_cycling               |
        | Goodman | Yellow 4    | codes.comfort_alert_flash4_locked_rotor                |
        | Goodman | Yellow 5    | codes.comfort_alert_flash5_open_circuit                |
        | Goodman | Yellow 6    | codes.comfort_alert_flash6_7_open_winding              |
        | Goodman | Yellow 6    | codes.comfort_alert_flash6_7_open_winding_single_phase |
        | Goodman | Yellow 8    | codes.comfort_alert_flash8_welded_contactor            |
        | Goodman | Yellow 6    | codes.comfort_alert_flash6_three_phase_missing_phase   |
        | Goodman | Yellow 7    | codes.comfort_alert_flash7_three_phase_reverse_phase   |
        | Goodman | Yellow 9    | codes.comfort_alert_flash9_low_control_voltage         |
        | Goodman | Red TRIP    | codes.comfort_alert_red_trip_breaker_tripped           |
        | Goodman | Yellow 5    | codes.comfort_alert_flash5_breaker_tripped             |
        | Goodman | Yellow 1    | codes.comfort_alert_flash1_filter_dirty                |
        | Goodman | Yellow 1    | codes.comfort_alert_flash1_filter_clean                |
        | Goodman | Yellow 2    | codes.comfort_alert_flash2_outdoor_blocked             |
        | Goodman | Yellow 2    | codes.comfort_alert_flash2_outdoor_clear               |
        | Goodman | Yellow 2    | codes.comfort_alert_flash2_outdoor_fan_still           |
        | Goodman | Yellow 2    | codes.comfort_alert_flash2_pressure_trip_heating       |
