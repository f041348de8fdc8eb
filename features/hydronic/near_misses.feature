Feature: Near misses in the hydronic rules
  Each scenario meets every condition of one rule but one, and the rule stays silent: the
  condition that is missing is what the rule turns on.

  Rule: One condition short, the rule does not conclude

    Scenario: Work out how far the loop fluid is above its measured freeze point, except that entering_water_temp_f is not known
      Given the observations:
        | fact | value |
        | antifreeze_freeze_point_f | -30.0 |
      When the heat pump is diagnosed
      Then the rule "hydronic.derive_antifreeze_margin" stays silent

    Scenario: Work out how far the cold loop pressure sits below the start-up pressure, except that commissioned_pressure_psi is not known
      Given the observations:
        | fact | value |
        | system_pressure_cold_psi | 100.0 |
      When the heat pump is diagnosed
      Then the rule "hydronic.derive_loop_pressure_loss" stays silent

    Scenario: Work out how far the sealed circuit's pressure climbs from cold to hot, except that system_pressure_hot_psi is not known
      Given the observations:
        | fact | value |
        | system_pressure_cold_psi | 100.0 |
      When the heat pump is diagnosed
      Then the rule "hydronic.derive_pressure_rise" stays silent

    Scenario: Low suction pressure in heating with the water pump stopped, except that system_type is ducted_split
      Given the observations:
        | fact | value |
        | circulator_running | false |
        | mode | heat |
        | suction_pressure | low |
        | system_type | ducted_split |
      When the heat pump is diagnosed
      Then the rule "hydronic.heating_low_suction_pump_off" stays silent
