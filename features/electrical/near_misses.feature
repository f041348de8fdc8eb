Feature: Near misses in the electrical rules
  Each scenario meets every condition of one rule but one, and the rule stays silent: the
  condition that is missing is what the rule turns on.

  Rule: One condition short, the rule does not conclude

    Scenario: Mini-split indoor fan still off long after a heat call, past its cold-air delay, except that mode is cool
      Given the observations:
        | fact | value |
        | indoor_blower_running | false |
        | minutes_since_restart | 10 |
        | mode | cool |
        | outdoor_steam | false |
        | system_type | mini_split |
      When the heat pump is diagnosed
      Then the rule "electrical.indoor_blower_off_minisplit_heating" stays silent

    Scenario: Rodent signs with a unit that will not start suggest a chewed control cable, except that rodent_signs is false
      Given the observations:
        | fact | value |
        | rodent_signs | false |
        | unit_wont_start | true |
      When the heat pump is diagnosed
      Then the rule "electrical.rodent_signs_unit_dead" stays silent
