Feature: The same pressure reading on different systems
  The pressure charts were written for air-source units. A ground-source unit has no outdoor coil:
  in cooling it rejects heat to the loop, in heating it draws heat from it, so a reading that
  points to the outdoor coil on an air-source unit points to the water side instead. An
  air-to-water unit's condenser in heating is its water heat exchanger, not an indoor air coil.

  Rule: A ground-source unit has no outdoor coil

    Scenario: High head pressure in cooling on a geothermal unit
      Given the observations:
        | fact          | value         |
        | system_type   | ground_source |
        | mode          | cool          |
        | head_pressure | high          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the diagnoses do not include "dirty_outdoor_coil"
      And the diagnoses do not include "blocked_outdoor_airflow"
      And the rule "refrigerant.ground_source_cooling_high_head_water_side" fires

    Scenario: The same reading on an air-source split
      Given the observations:
        | fact          | value        |
        | system_type   | ducted_split |
        | mode          | cool         |
        | head_pressure | high         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_outdoor_coil"
      And the diagnoses do not include "low_loop_flow"
      And the rule "refrigerant.ground_source_cooling_high_head_water_side" stays silent

    Scenario: Low suction pressure in heating on a geothermal unit
      Given the observations:
        | fact             | value         |
        | system_type      | ground_source |
        | mode             | heat          |
        | reduced_heating  | true          |
        | suction_pressure | low           |
      When the heat pump is diagnosed
      Then the diagnoses include "low_loop_flow"
      And the diagnoses do not include "blocked_outdoor_airflow"
      And the diagnoses do not include "dirty_outdoor_coil"
      And the rule "refrigerant.ground_source_heating_low_suction_water_side" fires
      And the rule "refrigerant.ground_source_cooling_high_head_water_side" stays silent

    Scenario: Low suction pressure in cooling on a geothermal unit is not the loop
      Given the observations:
        | fact             | value         |
        | system_type      | ground_source |
        | mode             | cool          |
        | suction_pressure | low           |
      When the heat pump is diagnosed
      Then the rule "refrigerant.ground_source_heating_low_suction_water_side" stays silent

  Rule: An air-to-water unit heats water, not indoor air

    Scenario: High head pressure in heating on an air-to-water unit
      Given the observations:
        | fact          | value        |
        | system_type   | air_to_water |
        | mode          | heat         |
        | head_pressure | high         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the diagnoses do not include "dirty_air_filter"
      And the diagnoses do not include "dirty_indoor_coil"
      And the rule "refrigerant.air_to_water_heating_high_head_water_side" fires

    Scenario: High head pressure in heating on a packaged air-to-air unit
      Given the observations:
        | fact          | value    |
        | system_type   | packaged |
        | mode          | heat     |
        | head_pressure | high     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the rule "refrigerant.air_to_water_heating_high_head_water_side" stays silent
