Feature: Non-condensables and filter-drier restrictions (technician checks)
  Two direct checks settle what the gauges only hint at. Air left in the circuit after a repair
  collects in the condenser: once the idle system has settled to ambient, its pressure stands above
  the refrigerant's saturation pressure at that temperature, and in operation the head pressure runs
  high. A restriction in the filter-drier shows as a temperature drop across it; the trade source
  flags more than 2 °F, and since two clamp thermometers can differ by that much, more than 3 °F is
  read as clear and 2 to 3 °F as a hint.

  Rule: A standing pressure above saturation at ambient means non-condensables

    Scenario: High head pressure and a standing pressure above saturation after a repair
      Given the observations:
        | fact                               | value  |
        | mode                               | cool   |
        | head_pressure                      | high   |
        | suction_pressure                   | normal |
        | standing_pressure_above_saturation | true   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "non_condensables"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "refrigerant.standing_pressure_above_saturation" fires
      And the rule "refrigerant.standing_pressure_and_high_head" fires

    Scenario: Standing pressure check alone
      Given the observations:
        | fact                               | value |
        | standing_pressure_above_saturation | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "non_condensables"
      And the rule "refrigerant.standing_pressure_above_saturation" fires
      And the rule "refrigerant.standing_pressure_and_high_head" stays silent

    Scenario: Standing pressure at saturation clears non-condensables from a high-head case
      Given the observations:
        | fact                               | value  |
        | mode                               | cool   |
        | head_pressure                      | high   |
        | suction_pressure                   | normal |
        | standing_pressure_above_saturation | false  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "non_condensables"
      And the leading diagnosis is "dirty_outdoor_coil"
      And the rule "refrigerant.standing_pressure_at_saturation" fires
      And the rule "refrigerant.standing_pressure_above_saturation" stays silent

    Scenario: Air in the circuit never gives low head pressure
      Given the observations:
        | fact                               | value |
        | mode                               | cool  |
        | head_pressure                      | low   |
        | suction_pressure                   | low   |
        | standing_pressure_above_saturation | true  |
      When the heat pump is diagnosed
      Then the rule "refrigerant.low_head_contradicts_overcharge" fires
      And the rule "refrigerant.standing_pressure_at_saturation" stays silent
      And the rule "refrigerant.standing_pressure_and_high_head" stays silent

  Rule: A temperature drop across the filter-drier marks a restriction

    Scenario Outline: <drop> °F drop across the filter-drier
      Given the observations:
        | fact                     | value  |
        | mode                     | cool   |
        | filter_drier_temp_drop_f | <drop> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "liquid_line_restriction"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "refrigerant.<rule>" fires
      And the rule "refrigerant.<silent>" stays silent

      Examples:
        | drop | rule                         | silent                       |
        | 6    | filter_drier_drop_large      | filter_drier_drop_borderline |
        | 3.5  | filter_drier_drop_large      | filter_drier_drop_none       |
        | 3    | filter_drier_drop_borderline | filter_drier_drop_large      |
        | 2.5  | filter_drier_drop_borderline | filter_drier_drop_none       |

    Scenario: A 2 °F drop is within thermometer error
      Given the observations:
        | fact                     | value |
        | mode                     | cool  |
        | filter_drier_temp_drop_f | 2     |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "refrigerant.filter_drier_drop_borderline" stays silent
      And the rule "refrigerant.filter_drier_drop_none" stays silent

    Scenario: No drop across the drier weakens a restriction read from the gauges
      Given the observations:
        | fact                     | value |
        | mode                     | cool  |
        | head_pressure            | high  |
        | suction_pressure         | low   |
        | filter_drier_temp_drop_f | 0.5   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "liquid_line_restriction"
      And the rule "refrigerant.filter_drier_drop_none" fires
      And the rule "refrigerant.chart_high_head_low_suction" fires
