Feature: Near misses in the defrost rules
  Each scenario meets every condition of one rule but one, and the rule stays silent: the
  condition that is missing is what the rule turns on.

  Rule: One condition short, the rule does not conclude

    Scenario: Light frost at 25 to 45 °F in humid weather is exactly when coils frost, except that outdoor_ice is none
      Given the observations:
        | fact | value |
        | mode | heat |
        | outdoor_humidity | high |
        | outdoor_ice | none |
        | outdoor_temp_f | 25 |
      When the heat pump is diagnosed
      Then the rule "defrost.light_frost_in_frosting_weather" stays silent
