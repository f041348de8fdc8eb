Feature: Near misses in the controls rules
  Each scenario meets every condition of one rule but one, and the rule stays silent: the
  condition that is missing is what the rule turns on.

  Rule: One condition short, the rule does not conclude

    Scenario: Brief cool air while the unit has been seen defrosting, except that cold_air_in_heat_mode is false
      Given the observations:
        | fact | value |
        | cold_air_in_heat_mode | false |
        | cold_air_minutes | 10 |
        | defrost_seen_recently | true |
      When the heat pump is diagnosed
      Then the rule "controls.cold_air_brief_with_defrost_seen" stays silent

    Scenario: High bills when the setpoint is often turned back and raised - recovery runs on backup heat, except that high_energy_bills is false
      Given the observations:
        | fact | value |
        | high_energy_bills | false |
        | mode | heat |
        | setpoint_raised_recently | true |
      When the heat pump is diagnosed
      Then the rule "controls.high_bills_after_setbacks" stays silent

    Scenario: High bills with short cycling - an oversized unit wastes energy on every start, except that high_energy_bills is false
      Given the observations:
        | fact | value |
        | high_energy_bills | false |
        | short_cycling | true |
      When the heat pump is diagnosed
      Then the rule "controls.high_bills_short_cycling" stays silent

    Scenario: Thermostat lit but the indoor blower is dead too - no control power reaches the air handler, except that thermostat_display is blank
      Given the observations:
        | fact | value |
        | indoor_blower_running | false |
        | no_cooling | true |
        | thermostat_display | blank |
      When the heat pump is diagnosed
      Then the rule "controls.no_heat_no_cool_nothing_runs_indoors" stays silent

    Scenario: Running nonstop at 25 °F or colder is expected in heating, except that runs_constantly is false
      Given the observations:
        | fact | value |
        | mode | heat |
        | outdoor_temp_f | 25 |
        | runs_constantly | false |
      When the heat pump is diagnosed
      Then the rule "controls.runs_constantly_in_deep_cold" stays silent

    Scenario: AUX while the unit has been defrosting, except that no defrost was seen
      Given the observations:
        | fact | value |
        | aux_heat_on | true |
        | defrost_seen_recently | false |
      When the heat pump is diagnosed
      Then the rule "controls.aux_on_with_defrost_seen" stays silent
