Feature: Near misses in the refrigerant rules
  Each scenario meets every condition of one rule but one, and the rule stays silent: the
  condition that is missing is what the rule turns on.

  Rule: One condition short, the rule does not conclude

    Scenario: Low superheat and suction pressure with a wide split in cooling match low indoor airflow, except that suction_pressure is normal
      Given the observations:
        | fact | value |
        | head_pressure | low |
        | metering_device | eev |
        | mode | cool |
        | return_air_temp_f | 93 |
        | suction_pressure | normal |
        | superheat_f | 3 |
        | supply_air_temp_f | 70 |
      When the heat pump is diagnosed
      Then the rule "refrigerant.cool_low_indoor_airflow_pattern" stays silent
