Feature: An expansion valve that overfeeds or starves the evaporator
  A thermostatic (TXV) or electronic (EEV) expansion valve holds the suction superheat near its
  setting as the load and the charge change. Superheat far below the band with the charge check
  (subcooling) in band means the valve admits too much: stuck open, a loose or uninsulated bulb.
  Superheat far above the band with subcooling in band means it starves the coil: a bulb that lost
  its charge, a blocked inlet screen. A fixed piston has no valve: there the same superheat
  belongs to the charge or the airflow. All of it is certified work.

  Rule: Superheat below the band on a valve system points to a valve overfeeding

    Scenario: TXV with 1 °F superheat, subcooling and head pressure in band, suction high
      Given the observations:
        | fact             | value        |
        | system_type      | ducted_split |
        | mode             | cool         |
        | metering_device  | txv          |
        | superheat_f      | 1            |
        | subcooling_f     | 9            |
        | suction_pressure | high         |
        | head_pressure    | normal       |
        | compressor_amps  | normal       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "metering_device_overfeed"
      And the diagnoses do not include "refrigerant_overcharge"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "refrigerant.valve_superheat_low_overfeed" fires
      And the rule "refrigerant.valve_overfeed_high_suction" fires
      And the rule "refrigerant.valve_overfeed_pattern" fires
      And the rule "refrigerant.txv_subcooling_normal_exonerates_charge" fires
      And the rule "refrigerant.high_subcooling_contradicts_overfeed" stays silent
      And the rule "refrigerant.high_head_contradicts_overfeed" stays silent

    Scenario: EEV with low superheat and subcooling, high suction and normal head
      Given the observations:
        | fact             | value  |
        | mode             | cool   |
        | metering_device  | eev    |
        | superheat_f      | 2      |
        | subcooling_f     | 3      |
        | suction_pressure | high   |
        | head_pressure    | normal |
      When the heat pump is diagnosed
      Then the leading diagnosis is "metering_device_overfeed"
      And the rule "refrigerant.valve_overfeed_pattern" fires

    Scenario: The same readings with low head pressure: the compressor valves are as likely
      Given the observations:
        | fact             | value |
        | mode             | cool  |
        | metering_device  | txv   |
        | superheat_f      | 2     |
        | subcooling_f     | 9     |
        | suction_pressure | high  |
        | head_pressure    | low   |
      When the heat pump is diagnosed
      Then the diagnoses include "compressor_valve_leakage"
      And the rule "refrigerant.valve_overfeed_pattern" stays silent

    Scenario: TXV stuck open: low superheat and high suction, nothing else read
      Given the observations:
        | fact             | value    |
        | system_type      | packaged |
        | mode             | cool     |
        | metering_device  | txv      |
        | superheat_f      | 2        |
        | suction_pressure | high     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "metering_device_overfeed"
      And the diagnoses include "compressor_valve_leakage"
      And the rule "refrigerant.valve_overfeed_high_suction" fires

    Scenario: Low superheat with normal suction pressure is a weaker sign
      Given the observations:
        | fact             | value  |
        | mode             | cool   |
        | metering_device  | txv    |
        | superheat_f      | 2      |
        | suction_pressure | normal |
      When the heat pump is diagnosed
      Then the leading diagnosis is "metering_device_overfeed"
      And the rule "refrigerant.valve_superheat_low_overfeed" fires
      And the rule "refrigerant.valve_overfeed_high_suction" stays silent

    Scenario: Frosted suction line with 1 °F superheat on a TXV condensing unit
      Given the observations:
        | fact                     | value |
        | mode                     | cool  |
        | metering_device          | txv   |
        | ice_on_refrigerant_lines | true  |
        | superheat_f              | 1     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "metering_device_overfeed"
      And the advisories include "refrigerant_certified_only"
      And the advisories include "no_sharp_tools_on_ice"
      And the escalation is "routine"
      And the rule "refrigerant.valve_overfeed_frosted_suction_line" fires

    Scenario: The same frost with low suction pressure points to the indoor airflow instead
      Given the observations:
        | fact                     | value |
        | mode                     | cool  |
        | metering_device          | txv   |
        | ice_on_refrigerant_lines | true  |
        | superheat_f              | 1     |
        | suction_pressure         | low   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the rule "refrigerant.low_suction_contradicts_overfeed" fires

    Scenario: Frost with superheat in band is not the valve
      Given the observations:
        | fact                     | value |
        | mode                     | cool  |
        | metering_device          | txv   |
        | ice_on_refrigerant_lines | true  |
        | superheat_f              | 9     |
      When the heat pump is diagnosed
      Then the diagnoses do not include "metering_device_overfeed"
      And the rule "refrigerant.valve_overfeed_frosted_suction_line" stays silent

    Scenario: Low superheat with high subcooling and high pressures is an overcharge, not the valve
      Given the observations:
        | fact             | value |
        | mode             | cool  |
        | metering_device  | txv   |
        | superheat_f      | 3     |
        | subcooling_f     | 22    |
        | suction_pressure | high  |
        | head_pressure    | high  |
        | compressor_amps  | high  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "refrigerant_overcharge"
      And the rule "refrigerant.high_subcooling_contradicts_overfeed" fires
      And the rule "refrigerant.high_head_contradicts_overfeed" fires
      And the rule "refrigerant.valve_overfeed_pattern" stays silent

  Rule: Superheat above the band on a valve system means a starved evaporator; subcooling names the cause

    Scenario: TXV with 25 °F superheat and low suction, subcooling not taken
      Given the observations:
        | fact             | value    |
        | system_type      | packaged |
        | mode             | cool     |
        | metering_device  | txv      |
        | superheat_f      | 25       |
        | suction_pressure | low      |
      When the heat pump is diagnosed
      Then the diagnoses include "metering_device_underfeed"
      And the diagnoses include "low_refrigerant_charge"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "refrigerant.valve_superheat_high_starved" fires

    Scenario: TXV starving: 28 °F superheat with 10 °F subcooling and low suction
      Given the observations:
        | fact             | value        |
        | system_type      | ducted_split |
        | mode             | cool         |
        | reduced_cooling  | true         |
        | metering_device  | txv          |
        | superheat_f      | 28           |
        | subcooling_f     | 10           |
        | suction_pressure | low          |
        | head_pressure    | normal       |
        | filter_dirty     | false        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "metering_device_underfeed"
      And the diagnoses do not include "dirty_outdoor_coil"
      And the escalation is "routine"
      And the rule "refrigerant.valve_underfeed_pattern" fires
      And the rule "refrigerant.valve_superheat_high_starved" stays silent
      And the rule "refrigerant.low_subcooling_contradicts_underfeed" stays silent

    Scenario: The same superheat with 3 °F subcooling is a short charge, not the valve
      Given the observations:
        | fact             | value |
        | mode             | cool  |
        | metering_device  | txv   |
        | superheat_f      | 28    |
        | subcooling_f     | 3     |
        | suction_pressure | low   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses do not include "metering_device_underfeed"
      And the rule "refrigerant.low_subcooling_contradicts_underfeed" fires
      And the rule "refrigerant.valve_underfeed_pattern" stays silent

    Scenario: High superheat with high suction pressure is not a starving valve
      Given the observations:
        | fact             | value |
        | mode             | cool  |
        | metering_device  | txv   |
        | superheat_f      | 25    |
        | suction_pressure | high  |
      When the heat pump is diagnosed
      Then the rule "refrigerant.high_suction_contradicts_underfeed" fires
      And the rule "refrigerant.valve_superheat_high_starved" fires

  Rule: A fixed piston has no expansion valve

    Scenario: Piston system with 30 °F superheat and 3 °F subcooling is a charge problem
      Given the observations:
        | fact             | value        |
        | system_type      | ducted_split |
        | mode             | cool         |
        | reduced_cooling  | true         |
        | metering_device  | piston       |
        | superheat_f      | 30           |
        | subcooling_f     | 3            |
        | suction_pressure | low          |
        | head_pressure    | low          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses do not include "metering_device_underfeed"
      And the diagnoses do not include "metering_device_overfeed"
      And the rule "refrigerant.piston_has_no_expansion_valve" fires
      And the rule "refrigerant.valve_superheat_high_starved" stays silent

    Scenario: Piston system with 2 °F superheat and a frosted suction line
      Given the observations:
        | fact                     | value  |
        | mode                     | cool   |
        | metering_device          | piston |
        | ice_on_refrigerant_lines | true   |
        | superheat_f              | 2      |
      When the heat pump is diagnosed
      Then the diagnoses do not include "metering_device_overfeed"
      And the rule "refrigerant.valve_overfeed_frosted_suction_line" stays silent
      And the rule "refrigerant.valve_superheat_low_overfeed" stays silent
