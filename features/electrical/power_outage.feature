Feature: Restarting after a long power outage in cold weather
  With the power off the compressor's crankcase heater is off too, and in the cold liquid
  refrigerant settles in the compressor's oil. When the power comes back after a long outage in cold
  weather, the house runs on backup or emergency heat first while the crankcase heater warms the
  compressor, for as long as the manual says. Not for a ground-source unit, whose compressor stands
  indoors, nor for a mini-split, which has no backup heat to run on; given when the system type is
  not known.

  Rule: Power back after a long outage in the cold, warm the compressor first

    Scenario: Power back after a 20 h ice-storm outage at 5 F, unit silent two minutes later
      Given the observations:
        | fact                  | value        |
        | system_type           | ducted_split |
        | mode                  | heat         |
        | outdoor_temp_f        | 5            |
        | power_state           | on           |
        | power_cut_hours       | 20           |
        | minutes_since_restart | 2            |
        | unit_wont_start       | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_restart_delay"
      And the advisories include "crankcase_warmup_after_outage"
      And the advisories include "wait_restart_delay"
      And the rule "electrical.restart_after_long_cold_outage" fires
      And the rule "electrical.restart_after_long_cold_outage_system_unknown" stays silent

    Scenario: A one-hour summer outage needs no warm-up
      Given the observations:
        | fact                  | value        |
        | system_type           | ducted_split |
        | mode                  | cool         |
        | outdoor_temp_f        | 85           |
        | power_state           | on           |
        | power_cut_hours       | 1            |
        | minutes_since_restart | 2            |
        | unit_wont_start       | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_restart_delay"
      And the advisories do not include "crankcase_warmup_after_outage"
      And the rule "electrical.restart_after_long_cold_outage" stays silent

    Scenario: A mini-split after a cold outage has no backup heat to run on
      Given the observations:
        | fact            | value      |
        | system_type     | mini_split |
        | mode            | heat       |
        | outdoor_temp_f  | 10         |
        | power_state     | on         |
        | power_cut_hours | 12         |
      When the heat pump is diagnosed
      Then the advisories do not include "crankcase_warmup_after_outage"
      And the rule "electrical.restart_after_long_cold_outage" stays silent
      And the rule "electrical.restart_after_long_cold_outage_system_unknown" stays silent

    Scenario: The power is still off, so there is nothing to restart yet
      Given the observations:
        | fact            | value        |
        | system_type     | ducted_split |
        | mode            | heat         |
        | outdoor_temp_f  | 10           |
        | power_state     | off          |
        | power_cut_hours | 12           |
      When the heat pump is diagnosed
      Then the advisories do not include "crankcase_warmup_after_outage"
      And the rule "electrical.restart_after_long_cold_outage" stays silent

    Scenario: Power back after a long cold outage, system type not given
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | outdoor_temp_f  | 15    |
        | power_state     | on    |
        | power_cut_hours | 8     |
      When the heat pump is diagnosed
      Then the advisories include "crankcase_warmup_after_outage"
      And the rule "electrical.restart_after_long_cold_outage_system_unknown" fires
      And the rule "electrical.restart_after_long_cold_outage" stays silent

    Scenario: Half an hour without power is not a long outage
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | outdoor_temp_f  | 15    |
        | power_state     | on    |
        | power_cut_hours | 0.5   |
      When the heat pump is diagnosed
      Then the advisories do not include "crankcase_warmup_after_outage"
      And the rule "electrical.restart_after_long_cold_outage_system_unknown" stays silent
