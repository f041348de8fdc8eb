Feature: One pressure reading against the chart, read by mode
  Carrier's cooling and heating troubleshooting chart has a row for each single reading: excessive
  head pressure, head pressure too low, excessive suction pressure, suction pressure too low. Some
  causes are marked (Cool) or (Heat): in heating the indoor coil is the condenser, so low indoor
  airflow raises the head pressure; in cooling the outdoor coil is. A row is read when the other
  pressure was not measured or read normal; with both off the chart the two-pressure rows are more
  specific. A reading off the chart is a measured fault sign: it outweighs a general explanation
  such as "heat-pump air feels cool", and a heavy load never lowers the pressures.

  Rule: A single reading off the chart names the chart's causes for that mode

    Scenario Outline: Only the <fact> is read, <value>, in <mode>
      Given the observations:
        | fact   | value   |
        | mode   | <mode>  |
        | <fact> | <value> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "<leading>"
      And the advisories include "refrigerant_certified_only"
      And the rule "refrigerant.<fires>" fires
      And the rule "refrigerant.<silent>" stays silent

      Examples:
        | mode | fact             | value | leading                  | fires                  | silent                 |
        | cool | head_pressure    | high  | dirty_outdoor_coil       | chart_cool_high_head    | chart_heat_high_head    |
        | heat | head_pressure    | high  | dirty_air_filter         | chart_heat_high_head    | chart_cool_high_head    |
        | cool | head_pressure    | low   | low_refrigerant_charge   | chart_cool_low_head     | chart_heat_low_head     |
        | heat | head_pressure    | low   | low_refrigerant_charge   | chart_heat_low_head     | chart_cool_low_head     |
        | cool | suction_pressure | high  | compressor_valve_leakage | chart_cool_high_suction | chart_heat_high_suction |
        | heat | suction_pressure | high  | compressor_valve_leakage | chart_heat_high_suction | chart_cool_high_suction |
        | cool | suction_pressure | low   | low_refrigerant_charge   | chart_cool_low_suction  | chart_heat_low_suction  |
        | heat | suction_pressure | low   | low_refrigerant_charge   | chart_heat_low_suction  | chart_cool_low_suction  |

    Scenario Outline: The <fact> reads <value> in <mode> with the other pressure normal
      Given the observations:
        | fact    | value   |
        | mode    | <mode>  |
        | <fact>  | <value> |
        | <other> | normal  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "<leading>"
      And the rule "refrigerant.<fires>" fires
      And the rule "refrigerant.<alone>" stays silent

      Examples:
        | mode | fact             | value | other            | leading                  | fires                              | alone                   |
        | cool | head_pressure    | low   | suction_pressure | low_refrigerant_charge   | chart_cool_low_head_normal_suction  | chart_cool_low_head     |
        | cool | suction_pressure | high  | head_pressure    | compressor_valve_leakage | chart_cool_high_suction_normal_head | chart_cool_high_suction |
        | cool | suction_pressure | low   | head_pressure    | low_refrigerant_charge   | chart_cool_low_suction_normal_head  | chart_cool_low_suction  |
        | heat | head_pressure    | high  | suction_pressure | dirty_air_filter         | chart_heat_high_head_normal_suction | chart_heat_high_head    |
        | heat | head_pressure    | low   | suction_pressure | low_refrigerant_charge   | chart_heat_low_head_normal_suction  | chart_heat_low_head     |
        | heat | suction_pressure | high  | head_pressure    | compressor_valve_leakage | chart_heat_high_suction_normal_head | chart_heat_high_suction |
        | heat | suction_pressure | low   | head_pressure    | low_refrigerant_charge   | chart_heat_low_suction_normal_head  | chart_heat_low_suction  |

    Scenario Outline: Both pressures off the chart in <mode>: the two-pressure rows speak, not the single ones
      Given the observations:
        | fact             | value     |
        | mode             | <mode>    |
        | head_pressure    | <head>    |
        | suction_pressure | <suction> |
      When the heat pump is diagnosed
      Then the rule "refrigerant.<silent_head>" stays silent
      And the rule "refrigerant.<silent_suction>" stays silent

      Examples:
        | mode | head | suction | silent_head                        | silent_suction                      |
        | cool | low  | low     | chart_cool_low_head_normal_suction  | chart_cool_low_suction_normal_head  |
        | cool | low  | high    | chart_cool_low_head_normal_suction  | chart_cool_high_suction_normal_head |
        | heat | high | high    | chart_heat_high_head_normal_suction | chart_heat_high_suction_normal_head |
        | heat | low  | low     | chart_heat_low_head_normal_suction  | chart_heat_low_suction_normal_head  |

    Scenario: Carrier packaged unit with excessive head pressure in cooling
      Given the observations:
        | fact          | value    |
        | system_type   | packaged |
        | mode          | cool     |
        | head_pressure | high     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_outdoor_coil"
      And the diagnoses include "refrigerant_overcharge"
      And the diagnoses do not include "dirty_air_filter"
      And the rule "refrigerant.chart_cool_high_head" fires

    Scenario: Excessive suction pressure in heating outweighs "heat-pump air feels cool"
      Given the observations:
        | fact             | value    |
        | system_type      | packaged |
        | mode             | heat     |
        | reduced_heating  | true     |
        | suction_pressure | high     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "compressor_valve_leakage"
      And the diagnoses include "reversing_valve_fault"
      And the diagnoses do not include "normal_supply_air_temperature"
      And the advisories include "refrigerant_certified_only"
      And the rule "refrigerant.chart_heat_high_suction" fires

    Scenario: Low head pressure on a hot afternoon is not the weather
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | runs_constantly | true  |
        | outdoor_temp_f  | 100   |
        | head_pressure   | low   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the rule "refrigerant.chart_cool_low_head" fires

  Rule: Cooling below 40 °F outdoors drops the suction pressure unless the unit has a low-ambient kit

    Scenario: Low suction while cooling at 35 °F outdoors
      Given the observations:
        | fact             | value    |
        | system_type      | packaged |
        | mode             | cool     |
        | outdoor_temp_f   | 35       |
        | suction_pressure | low      |
      When the heat pump is diagnosed
      Then the leading diagnosis is "cooling_below_low_ambient_limit"
      And the escalation is "routine"
      And the rule "refrigerant.chart_cool_low_suction_low_ambient" fires

    Scenario: The same low suction at 45 °F outdoors is read against the chart
      Given the observations:
        | fact             | value    |
        | system_type      | packaged |
        | mode             | cool     |
        | outdoor_temp_f   | 45       |
        | suction_pressure | low      |
      When the heat pump is diagnosed
      Then the diagnoses do not include "cooling_below_low_ambient_limit"
      And the leading diagnosis is "low_refrigerant_charge"
      And the rule "refrigerant.chart_cool_low_suction_low_ambient" stays silent

    Scenario: A ground-source unit has no outdoor coil and no low-ambient limit
      Given the observations:
        | fact             | value         |
        | system_type      | ground_source |
        | mode             | cool          |
        | outdoor_temp_f   | 35            |
        | suction_pressure | low           |
      When the heat pump is diagnosed
      Then the diagnoses do not include "cooling_below_low_ambient_limit"
      And the rule "refrigerant.chart_cool_low_suction_low_ambient" stays silent
      And the rule "refrigerant.chart_cool_low_suction_low_ambient_system_unknown" stays silent

    Scenario: Low suction while cooling at 30 °F outdoors, system type not given
      Given the observations:
        | fact             | value |
        | mode             | cool  |
        | outdoor_temp_f   | 30    |
        | suction_pressure | low   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "cooling_below_low_ambient_limit"
      And the escalation is "routine"
      And the rule "refrigerant.chart_cool_low_suction_low_ambient_system_unknown" fires
      And the rule "refrigerant.chart_cool_low_suction_low_ambient" stays silent
