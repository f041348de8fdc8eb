Feature: Technician readings in cooling: which fault pattern fits best
  With gauges and clamps on a cooling system the technician reads superheat, subcooling, suction
  and head pressure against the chart, the compressor amps and the split across the indoor coil.
  Each fault moves them in its own direction (the Li & Braun SRB table, the technicians' scenario
  table and the manufacturers' head/suction charts). Several faults share some signs, so the
  pattern matching the most discriminating readings ranks first, a reading running the wrong way
  counts against a fault, and fewer readings give a less certain answer. All of it is certified
  work: nobody else connects gauges or touches the charge.

  Rule: High superheat with low subcooling and low pressures is an undercharge

    Scenario: TXV system short of charge, all four readings in
      Given the observations:
        | fact             | value |
        | mode             | cool  |
        | metering_device  | txv   |
        | superheat_f      | 25    |
        | subcooling_f     | 3     |
        | suction_pressure | low   |
        | head_pressure    | low   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses do not include "liquid_line_restriction"
      And the diagnoses do not include "refrigerant_overcharge"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "refrigerant.cool_undercharge_pattern" fires
      And the rule "refrigerant.cool_undercharge_temperatures" fires
      And the rule "refrigerant.chart_low_head_low_suction" fires
      And the rule "refrigerant.low_subcooling_contradicts_restriction" fires
      And the rule "refrigerant.low_subcooling_contradicts_overcharge" fires
      And the rule "refrigerant.low_suction_contradicts_overcharge" fires
      And the rule "refrigerant.low_head_contradicts_overcharge" fires
      And the rule "refrigerant.low_suction_contradicts_valve_leak" fires
      And the rule "refrigerant.cooling_readings_contradict_outdoor_airflow" fires
      And the rule "refrigerant.cool_restriction_pattern" stays silent
      And the rule "refrigerant.high_subcooling_contradicts_undercharge" stays silent
      And the rule "refrigerant.high_suction_contradicts_undercharge" stays silent
      And the rule "refrigerant.low_superheat_contradicts_undercharge" stays silent

    Scenario: Only superheat and subcooling taken: the same answer, less certain
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | metering_device | txv   |
        | superheat_f     | 25    |
        | subcooling_f    | 3     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the rule "refrigerant.cool_undercharge_temperatures" fires
      And the rule "refrigerant.cool_undercharge_pattern" stays silent

    Scenario: Piston system with high superheat, a low split and low amps
      Given the observations:
        | fact              | value  |
        | mode              | cool   |
        | metering_device   | piston |
        | superheat_f       | 30     |
        | return_air_temp_f | 76     |
        | supply_air_temp_f | 65     |
        | compressor_amps   | low    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the rule "refrigerant.cool_undercharge_split_and_amps" fires

    Scenario: Normal amps do not add to the undercharge case
      Given the observations:
        | fact              | value  |
        | mode              | cool   |
        | metering_device   | piston |
        | superheat_f       | 30     |
        | return_air_temp_f | 76     |
        | supply_air_temp_f | 65     |
        | compressor_amps   | normal |
      When the heat pump is diagnosed
      Then the rule "refrigerant.cool_undercharge_split_and_amps" stays silent

  Rule: High superheat with high subcooling and low suction is a liquid-line restriction

    Scenario: Plugged filter-drier on a TXV system
      Given the observations:
        | fact             | value  |
        | mode             | cool   |
        | metering_device  | txv    |
        | superheat_f      | 22     |
        | subcooling_f     | 20     |
        | suction_pressure | low    |
        | head_pressure    | normal |
      When the heat pump is diagnosed
      Then the leading diagnosis is "liquid_line_restriction"
      And the diagnoses do not include "low_refrigerant_charge"
      And the escalation is "routine"
      And the rule "refrigerant.cool_restriction_pattern" fires
      And the rule "refrigerant.cool_restriction_temperatures" fires
      And the rule "refrigerant.high_subcooling_contradicts_undercharge" fires
      And the rule "refrigerant.high_subcooling_contradicts_outdoor_airflow" fires
      And the rule "refrigerant.low_subcooling_contradicts_restriction" stays silent
      And the rule "refrigerant.high_suction_contradicts_restriction" stays silent
      And the rule "refrigerant.low_superheat_contradicts_restriction" stays silent
      And the rule "refrigerant.cool_undercharge_temperatures" stays silent

  Rule: Low superheat with high subcooling and high pressures is an overcharge

    Scenario: Overcharged TXV system pulling high amps
      Given the observations:
        | fact             | value |
        | mode             | cool  |
        | metering_device  | txv   |
        | superheat_f      | 3     |
        | subcooling_f     | 20    |
        | suction_pressure | high  |
        | head_pressure    | high  |
        | compressor_amps  | high  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "refrigerant_overcharge"
      And the diagnoses do not include "low_refrigerant_charge"
      And the diagnoses do not include "compressor_valve_leakage"
      And the escalation is "routine"
      And the rule "refrigerant.cool_overcharge_pattern" fires
      And the rule "refrigerant.cool_overcharge_amps" fires
      And the rule "refrigerant.chart_high_head_high_suction" fires
      And the rule "refrigerant.high_suction_contradicts_undercharge" fires
      And the rule "refrigerant.high_suction_contradicts_restriction" fires
      And the rule "refrigerant.high_head_contradicts_valve_leak" fires
      And the rule "refrigerant.low_superheat_contradicts_undercharge" fires
      And the rule "refrigerant.low_superheat_contradicts_restriction" fires
      And the rule "refrigerant.cool_low_outdoor_airflow_pattern" stays silent
      And the rule "refrigerant.low_subcooling_contradicts_overcharge" stays silent
      And the rule "refrigerant.low_suction_contradicts_overcharge" stays silent
      And the rule "refrigerant.low_head_contradicts_overcharge" stays silent

    Scenario: Normal amps leave the amps rule out
      Given the observations:
        | fact             | value  |
        | mode             | cool   |
        | metering_device  | txv    |
        | superheat_f      | 3      |
        | subcooling_f     | 20     |
        | suction_pressure | high   |
        | head_pressure    | high   |
        | compressor_amps  | normal |
      When the heat pump is diagnosed
      Then the leading diagnosis is "refrigerant_overcharge"
      And the rule "refrigerant.cool_overcharge_amps" stays silent

  Rule: High pressures with low subcooling are low airflow over the outdoor coil, not an overcharge

    Scenario Outline: Outdoor coil short of air, superheat <superheat> °F
      Given the observations:
        | fact             | value       |
        | mode             | cool        |
        | metering_device  | txv         |
        | superheat_f      | <superheat> |
        | subcooling_f     | 4           |
        | suction_pressure | high        |
        | head_pressure    | high        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_outdoor_coil"
      And the diagnoses do not include "refrigerant_overcharge"
      And the advisories include "power_off_before_opening"
      And the advisories include "fan_may_start"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "refrigerant.cool_low_outdoor_airflow_pattern" fires
      And the rule "refrigerant.cooling_readings_contradict_outdoor_airflow" stays silent
      And the rule "refrigerant.high_subcooling_contradicts_outdoor_airflow" stays silent

      Examples: mildly short of air (low superheat) and badly short (high superheat)
        | superheat |
        | 3         |
        | 22        |

  Rule: Low superheat and suction with a wide split is low indoor airflow

    Scenario: Clogged filter seen on the gauges and in a 26 °F split
      Given the observations:
        | fact              | value  |
        | mode              | cool   |
        | metering_device   | txv    |
        | superheat_f       | 3      |
        | subcooling_f      | 10     |
        | suction_pressure  | low    |
        | head_pressure     | normal |
        | return_air_temp_f | 76     |
        | supply_air_temp_f | 50     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the diagnoses include "dirty_indoor_coil"
      And the diagnoses do not include "low_refrigerant_charge"
      And the rule "refrigerant.cool_low_indoor_airflow_pattern" fires
      And the rule "refrigerant.cool_low_indoor_airflow_partial" fires

    Scenario: Without the split the same gauges only suggest low indoor airflow
      Given the observations:
        | fact             | value  |
        | mode             | cool   |
        | metering_device  | txv    |
        | superheat_f      | 3      |
        | subcooling_f     | 10     |
        | suction_pressure | low    |
        | head_pressure    | normal |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the rule "refrigerant.cool_low_indoor_airflow_partial" fires
      And the rule "refrigerant.cool_low_indoor_airflow_pattern" stays silent

    Scenario: Normal suction pressure does not point to the filter
      Given the observations:
        | fact             | value  |
        | mode             | cool   |
        | metering_device  | txv    |
        | superheat_f      | 3      |
        | subcooling_f     | 10     |
        | suction_pressure | normal |
      When the heat pump is diagnosed
      Then the rule "refrigerant.cool_low_indoor_airflow_partial" stays silent

  Rule: High suction with low head and low superheat is gas bypassing in the compressor or reversing valve

    Scenario: Weak compressor valves with low amps
      Given the observations:
        | fact             | value |
        | mode             | cool  |
        | metering_device  | txv   |
        | superheat_f      | 3     |
        | subcooling_f     | 18    |
        | suction_pressure | high  |
        | head_pressure    | low   |
        | compressor_amps  | low   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "compressor_valve_leakage"
      And the diagnoses include "reversing_valve_fault"
      And the diagnoses do not include "low_refrigerant_charge"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And if that does not fix it, the escalation is "prompt"
      And the rule "refrigerant.cool_valve_leak_pattern" fires
      And the rule "refrigerant.cool_valve_leak_amps" fires
      And the rule "refrigerant.chart_low_head_high_suction" fires
      And the rule "refrigerant.high_head_contradicts_valve_leak" stays silent
      And the rule "refrigerant.low_suction_contradicts_valve_leak" stays silent

    Scenario: High amps do not back weak valves
      Given the observations:
        | fact             | value |
        | mode             | cool  |
        | suction_pressure | high  |
        | head_pressure    | low   |
        | compressor_amps  | high  |
      When the heat pump is diagnosed
      Then the rule "refrigerant.cool_valve_leak_amps" stays silent
      And the rule "refrigerant.cool_valve_leak_pattern" stays silent

  Rule: With only the head and suction pressures the manufacturer charts give a weaker lead

    Scenario Outline: Gauges only: <head> head, <suction> suction
      Given the observations:
        | fact             | value     |
        | mode             | cool      |
        | head_pressure    | <head>    |
        | suction_pressure | <suction> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "<leading>"
      And the diagnoses include "<also>"
      And the rule "refrigerant.<rule>" fires

      Examples:
        | head | suction | leading                  | also                   | rule                             |
        | high | low     | liquid_line_restriction  | liquid_line_restriction | chart_high_head_low_suction     |
        | high | normal  | dirty_outdoor_coil       | refrigerant_overcharge | chart_high_head_high_suction     |
        | low  | high    | compressor_valve_leakage | reversing_valve_fault  | chart_low_head_high_suction      |
        | low  | low     | low_refrigerant_charge   | liquid_line_restriction | chart_low_head_low_suction      |

    Scenario: Normal head pressure keeps the charts quiet
      Given the observations:
        | fact             | value  |
        | mode             | cool   |
        | head_pressure    | normal |
        | suction_pressure | low    |
      When the heat pump is diagnosed
      Then the rule "refrigerant.chart_low_head_low_suction" stays silent
      And the rule "refrigerant.chart_high_head_low_suction" stays silent
      And the rule "refrigerant.chart_high_head_high_suction" stays silent
      And the rule "refrigerant.chart_low_head_high_suction" stays silent

  Rule: The textbook undercharge leads strongly even where the piston's superheat band hides it

    Scenario: Piston system cooling with low pressures, 25 °F superheat and 3 °F subcooling
      Given the observations:
        | fact             | value  |
        | mode             | cool   |
        | metering_device  | piston |
        | suction_pressure | low    |
        | head_pressure    | low    |
        | superheat_f      | 25     |
        | subcooling_f     | 3      |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the rule "refrigerant.cool_undercharge_pressures_and_subcooling" fires
      And the rule "refrigerant.cool_undercharge_pattern" stays silent

    Scenario: Low pressures and low subcooling but only 12 °F superheat
      Given the observations:
        | fact             | value  |
        | mode             | cool   |
        | metering_device  | piston |
        | suction_pressure | low    |
        | head_pressure    | low    |
        | superheat_f      | 12     |
        | subcooling_f     | 3      |
      When the heat pump is diagnosed
      Then the rule "refrigerant.cool_undercharge_pressures_and_subcooling" stays silent

  Rule: On a valve system high superheat with high subcooling may be the valve starving the coil

    Scenario: TXV system cooling with 25 °F superheat and 20 °F subcooling
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | metering_device | txv   |
        | superheat_f     | 25    |
        | subcooling_f    | 20    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "liquid_line_restriction"
      And the diagnoses include "metering_device_underfeed"
      And the rule "refrigerant.valve_underfeed_high_subcooling_cooling" fires

    Scenario: Piston system cooling with 30 °F superheat and 20 °F subcooling has no valve to starve it
      Given the observations:
        | fact            | value  |
        | mode            | cool   |
        | metering_device | piston |
        | superheat_f     | 30     |
        | subcooling_f    | 20     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "liquid_line_restriction"
      And the rule "refrigerant.valve_underfeed_high_subcooling_cooling" stays silent
