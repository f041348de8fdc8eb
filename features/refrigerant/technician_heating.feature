Feature: Technician readings in heating: Rheem's heating troubleshooting table
  In heating the indoor coil is the condenser and the outdoor coil the evaporator, so the readings
  move differently from cooling. Rheem's heating table reads discharge (head) pressure, suction
  pressure, superheat (normal 5 to 15 °F) and subcooling against the charging chart. All four
  together single out one row; the pressures alone are shared by several rows and only give a
  weaker lead. Two rows are twins of a faulty sensor (suction transducer, vapour-line thermistor),
  so those matches are held a little lower. Do not fine-tune a charge in heat mode.

  Rule: Each full set of heating readings points to its own row of the table

    Scenario Outline: Heating readings: <head> head, <suction> suction, <superheat> °F superheat, <subcooling> °F subcooling
      Given the observations:
        | fact             | value        |
        | mode             | heat         |
        | metering_device  | txv          |
        | head_pressure    | <head>       |
        | suction_pressure | <suction>    |
        | superheat_f      | <superheat>  |
        | subcooling_f     | <subcooling> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "<leading>"
      And the escalation is "<level>"
      And the rule "refrigerant.<rule>" fires

      Examples:
        | head | suction | superheat | subcooling | leading                  | level   | rule                                |
        | high | high    | 10        | 25         | refrigerant_overcharge   | routine | heat_overcharge_pattern             |
        | low  | low     | 18        | 3          | low_refrigerant_charge   | routine | heat_undercharge_pattern            |
        | low  | low     | 10        | 3          | low_refrigerant_charge   | routine | heat_undercharge_pattern            |
        | low  | low     | 18        | 25         | liquid_line_restriction  | routine | heat_restriction_pattern            |
        | low  | low     | 3         | 3          | dirty_outdoor_coil       | diy     | heat_low_outdoor_airflow_pattern    |
        | high | high    | 3         | 3          | dirty_indoor_coil        | routine | heat_dirty_indoor_coil_pattern      |
        | low  | high    | 18        | 25         | compressor_valve_leakage | routine | heat_inefficient_compressor_pattern |

    Scenario: A dirty indoor coil in heating is not a refrigerant fault
      Given the observations:
        | fact             | value |
        | mode             | heat  |
        | metering_device  | txv   |
        | head_pressure    | high  |
        | suction_pressure | high  |
        | superheat_f      | 3     |
        | subcooling_f     | 3     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_indoor_coil"
      And the diagnoses include "dirty_air_filter"
      And the diagnoses do not include "refrigerant_overcharge"
      And the advisories do not include "refrigerant_certified_only"
      And the rule "refrigerant.heat_overcharge_pattern" stays silent

    Scenario: Low outdoor airflow in heating is told from an undercharge by its low superheat
      Given the observations:
        | fact             | value |
        | mode             | heat  |
        | metering_device  | txv   |
        | head_pressure    | low   |
        | suction_pressure | low   |
        | superheat_f      | 3     |
        | subcooling_f     | 3     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_outdoor_coil"
      And the advisories include "fan_may_start"
      And if that does not fix it, the escalation is "routine"
      And the rule "refrigerant.heat_undercharge_pattern" stays silent
      And the rule "refrigerant.heat_restriction_pattern" stays silent
      And the rule "refrigerant.low_superheat_contradicts_undercharge" fires

    Scenario: A cold house gives low pressures with high subcooling: no row fits, no fault is named with confidence
      Given the observations:
        | fact             | value |
        | mode             | heat  |
        | metering_device  | txv   |
        | head_pressure    | low   |
        | suction_pressure | low   |
        | superheat_f      | 10    |
        | subcooling_f     | 25    |
      When the heat pump is diagnosed
      Then the rule "refrigerant.heat_undercharge_pattern" stays silent
      And the rule "refrigerant.heat_restriction_pattern" stays silent
      And the rule "refrigerant.heat_low_outdoor_airflow_pattern" stays silent
      And the diagnoses do not include "low_refrigerant_charge"

    Scenario: An overcharge needs normal superheat; high superheat with high pressures fits no row
      Given the observations:
        | fact             | value |
        | mode             | heat  |
        | metering_device  | txv   |
        | head_pressure    | high  |
        | suction_pressure | high  |
        | superheat_f      | 20    |
        | subcooling_f     | 25    |
      When the heat pump is diagnosed
      Then the rule "refrigerant.heat_overcharge_pattern" stays silent
      And the rule "refrigerant.heat_dirty_indoor_coil_pattern" stays silent

    Scenario: The inefficient-compressor row needs high subcooling
      Given the observations:
        | fact             | value |
        | mode             | heat  |
        | metering_device  | txv   |
        | head_pressure    | low   |
        | suction_pressure | high  |
        | superheat_f      | 18    |
        | subcooling_f     | 10    |
      When the heat pump is diagnosed
      Then the rule "refrigerant.heat_inefficient_compressor_pattern" stays silent
      And the rule "refrigerant.heat_low_head_high_suction" fires

  Rule: The heating pressures alone give a weaker, shared lead

    Scenario Outline: Heating gauges only: <head> head, <suction> suction
      Given the observations:
        | fact             | value     |
        | mode             | heat      |
        | head_pressure    | <head>    |
        | suction_pressure | <suction> |
      When the heat pump is diagnosed
      Then "<first>" is among the first 2 diagnoses
      And the diagnoses include "<also>"
      And the rule "refrigerant.<rule>" fires
      And the rule "refrigerant.<cooling_chart>" stays silent

      Examples:
        | head | suction | first                    | also                    | rule                         | cooling_chart                |
        | high | high    | refrigerant_overcharge   | dirty_indoor_coil       | heat_high_head_high_suction  | chart_high_head_high_suction |
        | low  | low     | low_refrigerant_charge   | liquid_line_restriction | heat_low_head_low_suction    | chart_low_head_low_suction   |
        | low  | high    | compressor_valve_leakage | reversing_valve_fault   | heat_low_head_high_suction   | chart_low_head_high_suction  |

    Scenario: Normal head pressure in heating does not point to a table row
      Given the observations:
        | fact             | value  |
        | mode             | heat   |
        | head_pressure    | normal |
        | suction_pressure | high   |
      When the heat pump is diagnosed
      Then the rule "refrigerant.heat_high_head_high_suction" stays silent
      And the rule "refrigerant.heat_low_head_high_suction" stays silent
      And the rule "refrigerant.heat_low_head_low_suction" stays silent

  Rule: High superheat with high subcooling is a restriction or underfeed in heating too

    Scenario: TXV heat pump heating with 25 °F superheat and 20 °F subcooling
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | metering_device | txv   |
        | superheat_f     | 25    |
        | subcooling_f    | 20    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "liquid_line_restriction"
      And the diagnoses include "metering_device_underfeed"
      And the rule "refrigerant.heat_restriction_temperatures" fires
      And the rule "refrigerant.heat_valve_underfeed_temperatures" fires

    Scenario: The same readings with weak heat reported
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | metering_device | txv   |
        | superheat_f     | 25    |
        | subcooling_f    | 20    |
        | reduced_heating | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "liquid_line_restriction"
      And the diagnoses do not include "normal_supply_air_temperature"
      And the rule "refrigerant.heat_restriction_temperatures" fires

    Scenario: Piston heat pump heating with 25 °F superheat and 18 °F subcooling
      Given the observations:
        | fact            | value  |
        | mode            | heat   |
        | metering_device | piston |
        | superheat_f     | 25     |
        | subcooling_f    | 18     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "liquid_line_restriction"
      And the rule "refrigerant.heat_restriction_temperatures" fires
      And the rule "refrigerant.heat_valve_underfeed_temperatures" stays silent

    Scenario: High heating superheat with 10 °F subcooling is not the restriction pattern
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | metering_device | txv   |
        | superheat_f     | 25    |
        | subcooling_f    | 10    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "liquid_line_restriction"
      And the rule "refrigerant.heat_restriction_temperatures" stays silent
      And the rule "refrigerant.heat_valve_underfeed_temperatures" stays silent
