Feature: High- and low-pressure lockouts caused by the water side
  On a water-source heat pump the water side rejects heat in cooling and supplies it in heating. Starve it
  of flow and the compressor trips on high head pressure in cooling, or on low suction pressure in heating.
  An air-to-water heat pump is the other way round: its water side is the condenser in heating and the
  evaporator in cooling. Closed valves, a stopped pump, a dirty strainer or air are the water-side causes;
  with the flow good, a scaled water coil is next. Refrigerant readings are the certified technician's job.

  Rule: Poor water flow trips the pressure switches

    Scenario: High head in cooling with low loop flow
      Given the observations:
        | fact          | value         |
        | system_type   | ground_source |
        | mode          | cool          |
        | head_pressure | high          |
        | loop_flow     | low           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the advisories include "never_bypass_flow_protection"
      And the rule "hydronic.cooling_high_head_low_water_flow" fires

    Scenario: Low suction in heating with low loop flow
      Given the observations:
        | fact             | value         |
        | system_type      | ground_source |
        | mode             | heat          |
        | suction_pressure | low           |
        | loop_flow        | low           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the rule "hydronic.heating_low_suction_low_water_flow" fires

    Scenario: Low suction in heating with good loop flow is not the water side
      Given the observations:
        | fact             | value         |
        | system_type      | ground_source |
        | mode             | heat          |
        | suction_pressure | low           |
        | loop_flow        | normal        |
      When the heat pump is diagnosed
      Then the diagnoses do not include "low_loop_flow"
      And the rule "hydronic.heating_low_suction_low_water_flow" stays silent

    Scenario: High head in heating is an air-side problem
      Given the observations:
        | fact          | value         |
        | system_type   | ground_source |
        | mode          | heat          |
        | head_pressure | high          |
        | loop_flow     | low           |
      When the heat pump is diagnosed
      Then the rule "hydronic.cooling_high_head_low_water_flow" stays silent

  Rule: A stopped pump trips the pressure switches

    Scenario Outline: <mode> lockout with the pump stopped
      Given the observations:
        | fact               | value         |
        | system_type        | ground_source |
        | circulator_running | false         |
      And mode is "<mode>"
      And <reading> is "<value>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "circulator_failure"
      And the escalation is "prompt"
      And the rule "<rule>" fires

      Examples:
        | mode | reading          | value | rule                                 |
        | cool | head_pressure    | high  | hydronic.cooling_high_head_pump_off  |
        | heat | suction_pressure | low   | hydronic.heating_low_suction_pump_off |

    Scenario: High head in cooling with the pump running
      Given the observations:
        | fact               | value         |
        | system_type        | ground_source |
        | mode               | cool          |
        | head_pressure      | high          |
        | circulator_running | true          |
      When the heat pump is diagnosed
      Then the rule "hydronic.cooling_high_head_pump_off" stays silent
      And the rule "hydronic.heating_low_suction_pump_off" stays silent

  Rule: High head in cooling with good flow on an open loop suggests scale

    Scenario: Open loop tripping on high pressure in summer, flow normal
      Given the observations:
        | fact          | value         |
        | system_type   | ground_source |
        | loop_type     | open          |
        | mode          | cool          |
        | head_pressure | high          |
        | loop_flow     | normal        |
      When the heat pump is diagnosed
      Then the diagnoses include "heat_exchanger_fouling"
      And the advisories include "acid_cleaning_professional"
      And the rule "hydronic.cooling_high_head_open_loop_scale" fires

    Scenario: Closed loop tripping on high pressure with flow normal
      Given the observations:
        | fact          | value         |
        | system_type   | ground_source |
        | loop_type     | closed        |
        | mode          | cool          |
        | head_pressure | high          |
        | loop_flow     | normal        |
      When the heat pump is diagnosed
      Then the rule "hydronic.cooling_high_head_open_loop_scale" stays silent

  Rule: On an air-to-water unit the water side is the condenser in heating and the evaporator in cooling

    Scenario: High pressure in heating with low water flow on an air-to-water unit
      Given the observations:
        | fact          | value        |
        | system_type   | air_to_water |
        | mode          | heat         |
        | head_pressure | high         |
        | loop_flow     | low          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the rule "hydronic.air_to_water_heating_high_head_low_water_flow" fires
      And the rule "hydronic.cooling_high_head_low_water_flow" stays silent

    Scenario: High pressure in cooling with low water flow on an air-to-water unit is not the water side
      Given the observations:
        | fact          | value        |
        | system_type   | air_to_water |
        | mode          | cool         |
        | head_pressure | high         |
        | loop_flow     | low          |
      When the heat pump is diagnosed
      Then the rule "hydronic.cooling_high_head_low_water_flow" stays silent
      And the rule "hydronic.air_to_water_heating_high_head_low_water_flow" stays silent

    Scenario: Low suction in cooling with low water flow on an air-to-water unit
      Given the observations:
        | fact             | value        |
        | system_type      | air_to_water |
        | mode             | cool         |
        | suction_pressure | low          |
        | loop_flow        | low          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the rule "hydronic.air_to_water_cooling_low_suction_low_water_flow" fires
      And the rule "hydronic.heating_low_suction_low_water_flow" stays silent

    Scenario: Low suction in heating with low water flow on an air-to-water unit
      Given the observations:
        | fact             | value        |
        | system_type      | air_to_water |
        | mode             | heat         |
        | suction_pressure | low          |
        | loop_flow        | low          |
      When the heat pump is diagnosed
      Then the rule "hydronic.heating_low_suction_low_water_flow" stays silent
      And the rule "hydronic.air_to_water_cooling_low_suction_low_water_flow" stays silent

    Scenario Outline: <mode> lockout on an air-to-water unit with the pump stopped is not the water-source pattern
      Given the observations:
        | fact               | value        |
        | system_type        | air_to_water |
        | circulator_running | false        |
      And mode is "<mode>"
      And <reading> is "<value>"
      When the heat pump is diagnosed
      Then the rule "<rule>" stays silent

      Examples:
        | mode | reading          | value | rule                                  |
        | cool | head_pressure    | high  | hydronic.cooling_high_head_pump_off   |
        | heat | suction_pressure | low   | hydronic.heating_low_suction_pump_off |

  Rule: With the loop flow good, a pressure trip points at a scaled water coil

    Scenario: Trane water-source HP - insufficient capacity from scaled heat exchanger
      Given the observations:
        | fact            | value         |
        | system_type     | ground_source |
        | mode            | cool          |
        | reduced_cooling | true          |
        | loop_flow       | normal        |
        | head_pressure   | high          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "heat_exchanger_fouling"
      And the advisories include "acid_cleaning_professional"
      And the escalation is "routine"
      And the rule "hydronic.cooling_high_head_good_flow_scaled_exchanger" fires
      And the rule "hydronic.cooling_high_head_low_water_flow" stays silent

    Scenario: High head in cooling with the loop flow not measured
      Given the observations:
        | fact          | value         |
        | system_type   | ground_source |
        | mode          | cool          |
        | head_pressure | high          |
      When the heat pump is diagnosed
      Then the rule "hydronic.cooling_high_head_good_flow_scaled_exchanger" stays silent

    Scenario: High head in cooling with normal flow on an air-to-water unit
      Given the observations:
        | fact          | value        |
        | system_type   | air_to_water |
        | mode          | cool         |
        | head_pressure | high         |
        | loop_flow     | normal       |
      When the heat pump is diagnosed
      Then the rule "hydronic.cooling_high_head_good_flow_scaled_exchanger" stays silent

    Scenario: Low suction in heating with normal loop flow on a geothermal unit
      Given the observations:
        | fact             | value         |
        | system_type      | ground_source |
        | mode             | heat          |
        | suction_pressure | low           |
        | loop_flow        | normal        |
      When the heat pump is diagnosed
      Then the diagnoses include "heat_exchanger_fouling"
      And the advisories include "acid_cleaning_professional"
      And the rule "hydronic.heating_low_suction_good_flow_scaled_exchanger" fires

    Scenario: Low suction in heating with normal water flow on an air-to-water unit
      Given the observations:
        | fact             | value        |
        | system_type      | air_to_water |
        | mode             | heat         |
        | suction_pressure | low          |
        | loop_flow        | normal       |
      When the heat pump is diagnosed
      Then the rule "hydronic.heating_low_suction_good_flow_scaled_exchanger" stays silent

