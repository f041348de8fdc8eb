Feature: Near misses in the noise and smell rules
  Each scenario meets every condition of one rule but one, and the rule stays silent: the
  condition that is missing is what the rule turns on.

  Rule: One condition short, the rule does not conclude

    Scenario: Gurgling while the unit steams in defrost is a normal defrost sound, except that noise is none
      Given the observations:
        | fact | value |
        | mode | heat |
        | noise | none |
        | outdoor_steam | true |
        | outdoor_temp_f | 33 |
        | system_type | ducted_split |
      When the heat pump is diagnosed
      Then the rule "noise_smell.gurgling_during_defrost" stays silent

    Scenario: A dry pan and a clear drain make growth in the pan less likely, except that smell is none
      Given the observations:
        | fact | value |
        | drain_line_clogged | false |
        | smell | none |
        | water_in_drain_pan | false |
      When the heat pump is diagnosed
      Then the rule "noise_smell.musty_pan_dry_and_clear" stays silent
