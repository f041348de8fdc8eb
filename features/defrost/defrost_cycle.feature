Feature: The defrost cycle seen from outside
  To melt frost off the outdoor coil the heat pump briefly runs backwards: the reversing valve
  shifts with a whoosh, the outdoor fan stops while the compressor keeps running, steam rises and
  meltwater runs off, and backup heat usually covers the house. Then the fan starts again. None of
  this is a fault and the thermostat should be left alone until it ends. A defrost is suspect only
  when it runs far too long or comes far more often than the board allows. A defrost belongs to its
  context: heating, in frosting weather, on a system with an outdoor coil. Known outside it, it is
  ruled out; where the mode or the outdoor temperature is not given, it is only a weaker reading.

  Rule: Steam while heating in winter is a normal defrost

    Scenario: Steam rises from the outdoor unit and its fan has stopped
      Given the observations:
        | fact                | value |
        | mode                | heat  |
        | outdoor_temp_f      | 32    |
        | outdoor_steam       | true  |
        | outdoor_fan_running | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And "normal_defrost_cycle" is a normal finding
      And the diagnoses do not include "outdoor_fan_motor_failure"
      And the advisories include "do_not_switch_off_during_defrost"
      And the escalation is "none"
      And nothing further is needed if that does not fix it
      And the rule "defrost.steam_is_defrost" fires
      And the rule "defrost.fan_stops_during_defrost" fires

    Scenario: Steam with the outdoor fan still turning is a defrost just ending
      Given the observations:
        | fact                | value |
        | mode                | heat  |
        | outdoor_temp_f      | 34    |
        | outdoor_steam       | true  |
        | outdoor_fan_running | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the rule "defrost.fan_stops_during_defrost" stays silent

    Scenario: No steam from the outdoor unit
      Given the observations:
        | fact           | value |
        | mode           | heat  |
        | outdoor_temp_f | 34    |
        | outdoor_steam  | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_defrost_cycle"
      And the rule "defrost.steam_is_defrost" stays silent

    Scenario: Steam while heating at 50 °F - a defrost is possible but only weakly so
      Given the observations:
        | fact           | value |
        | outdoor_steam  | true  |
        | mode           | heat  |
        | outdoor_temp_f | 50    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the escalation is "prompt"
      And the rule "defrost.steam_in_mild_weather" fires
      And the rule "defrost.steam_in_mild_weather_watch" fires
      And the rule "defrost.steam_is_defrost" stays silent
      And the rule "defrost.steam_in_warm_weather" stays silent

    Scenario: Steam while heating at 55 °F - the last degree before the hazard is still a check soon
      Given the observations:
        | fact           | value |
        | outdoor_steam  | true  |
        | mode           | heat  |
        | outdoor_temp_f | 55    |
      When the heat pump is diagnosed
      Then the escalation is "prompt"
      And the rule "defrost.steam_in_mild_weather_watch" fires
      And the rule "defrost.steam_in_warm_weather" stays silent

    Scenario: Steam while heating at 40 °F is an ordinary defrost, nothing to watch
      Given the observations:
        | fact           | value |
        | outdoor_steam  | true  |
        | mode           | heat  |
        | outdoor_temp_f | 40    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the escalation is "none"
      And the rule "defrost.steam_in_mild_weather_watch" stays silent

    Scenario: Steam on emergency heat at 30 °F - the outdoor unit does not run, so it is no defrost
      Given the observations:
        | fact           | value   |
        | outdoor_steam  | true    |
        | mode           | em_heat |
        | outdoor_temp_f | 30      |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses do not include "normal_defrost_cycle"
      And the advisories do not include "do_not_switch_off_during_defrost"
      And the escalation is "emergency"
      And the rule "defrost.steam_while_not_heating" fires

  Rule: Where the mode or the weather is not given, a defrost is only a weaker reading

    Scenario: Steam on a 33 °F morning, thermostat mode not given
      Given the observations:
        | fact           | value |
        | outdoor_steam  | true  |
        | outdoor_temp_f | 33    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the questions include "mode"
      And the rule "defrost.steam_mode_not_given" fires
      And the rule "defrost.steam_is_defrost" stays silent

    Scenario: Steam while heating, outdoor temperature not given
      Given the observations:
        | fact          | value |
        | outdoor_steam | true  |
        | mode          | heat  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the questions include "outdoor_temp_f"
      And the rule "defrost.steam_temperature_not_given" fires
      And the rule "defrost.steam_context_not_given" stays silent
      And the rule "defrost.steam_is_defrost" stays silent

    Scenario: Steam reported with nothing else: no defrost finding and no "do not switch off" advice
      Given outdoor_steam is "true"
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_defrost_cycle"
      And the advisories do not include "do_not_switch_off_during_defrost"
      And the questions include "mode"
      And the rule "defrost.steam_context_not_given" fires
      And the rule "defrost.steam_mode_not_given" stays silent

  Rule: Backup heat and a paused indoor fan belong to the defrost

    Scenario: The AUX light comes on while the outdoor unit steams
      Given the observations:
        | fact           | value |
        | mode           | heat  |
        | outdoor_temp_f | 30    |
        | outdoor_steam  | true  |
        | aux_heat_on    | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the diagnoses include "normal_aux_heat"
      And "normal_aux_heat" is a normal finding
      And the escalation is "none"
      And the rule "defrost.aux_heat_during_defrost" fires

    Scenario: Steam with the AUX light off
      Given the observations:
        | fact           | value |
        | mode           | heat  |
        | outdoor_temp_f | 30    |
        | outdoor_steam  | true  |
        | aux_heat_on    | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the rule "defrost.aux_heat_during_defrost" stays silent

    Scenario: A mini-split's indoor fan pauses while the outdoor unit steams
      Given the observations:
        | fact                  | value      |
        | system_type           | mini_split |
        | mode                  | heat       |
        | outdoor_temp_f        | 31         |
        | outdoor_steam         | true       |
        | indoor_blower_running | false      |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the diagnoses do not include "indoor_blower_failure"
      And the escalation is "none"
      And the rule "defrost.mini_split_fans_pause" fires

    Scenario: A ducted system's blower stopped during a defrost is not excused as a mini-split pause
      Given the observations:
        | fact                  | value        |
        | system_type           | ducted_split |
        | mode                  | heat         |
        | outdoor_temp_f        | 31           |
        | outdoor_steam         | true         |
        | indoor_blower_running | false        |
      When the heat pump is diagnosed
      Then the rule "defrost.mini_split_fans_pause" stays silent

  Rule: The defrost's companions count only while heating

    Scenario: Steam, a stopped outdoor fan and AUX lit in cooling are not a defrost
      Given the observations:
        | fact                | value |
        | mode                | cool  |
        | outdoor_temp_f      | 70    |
        | outdoor_steam       | true  |
        | outdoor_fan_running | false |
        | aux_heat_on         | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_defrost_cycle"
      And the diagnoses do not include "normal_aux_heat"
      And the escalation is "emergency"
      And the rule "defrost.fan_stops_during_defrost" stays silent
      And the rule "defrost.aux_heat_during_defrost" stays silent

    Scenario: A mini-split with steam and its indoor fan off while set to cool
      Given the observations:
        | fact                  | value      |
        | system_type           | mini_split |
        | mode                  | cool       |
        | outdoor_steam         | true       |
        | indoor_blower_running | false      |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_defrost_cycle"
      And the rule "defrost.mini_split_fans_pause" stays silent

  Rule: How long a defrost lasts (sources disagree between 15 and 30 minutes)

    Scenario Outline: A defrost that lasts <minutes> minutes
      Given the observations:
        | fact            | value     |
        | mode            | heat      |
        | outdoor_temp_f  | 30        |
        | outdoor_steam   | true      |
        | defrost_minutes | <minutes> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "<leading>"
      And the escalation is "<level>"
      And the rule "<rule>" fires
      And the rule "<silent>" stays silent

      Examples: Up to 15 minutes is normal by every source
        | minutes | leading              | level | rule                           | silent                         |
        | 4       | normal_defrost_cycle | none  | defrost.defrost_length_normal  | defrost.defrost_length_disputed |
        | 15      | normal_defrost_cycle | none  | defrost.defrost_length_normal  | defrost.defrost_too_long       |

      Examples: 15 to 30 minutes is long but not yet called a fault
        | minutes | leading              | level | rule                            | silent                        |
        | 20      | normal_defrost_cycle | none  | defrost.defrost_length_disputed | defrost.defrost_length_normal |
        | 30      | normal_defrost_cycle | none  | defrost.defrost_length_disputed | defrost.defrost_too_long      |

      Examples: Over 30 minutes is abnormal
        | minutes | leading                 | level  | rule                     | silent                          |
        | 45      | defrost_control_failure | prompt | defrost.defrost_too_long | defrost.defrost_length_disputed |

    Scenario: A 20-minute defrost is worth a call if long defrosts keep happening
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | outdoor_temp_f  | 30    |
        | outdoor_steam   | true  |
        | defrost_minutes | 20    |
      When the heat pump is diagnosed
      Then the diagnoses include "defrost_control_failure"
      And if that does not fix it, the escalation is "prompt"

  Rule: How often defrosts come

    Scenario Outline: Defrosts <minutes> minutes apart
      Given the observations:
        | fact                     | value     |
        | mode                     | heat      |
        | outdoor_temp_f           | 30        |
        | minutes_between_defrosts | <minutes> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "<leading>"
      And the escalation is "<level>"
      And the rule "<rule>" fires
      And the rule "<silent>" stays silent

      Examples:
        | minutes | leading                 | level  | rule                            | silent                          |
        | 15      | defrost_control_failure | prompt | defrost.defrosts_too_often      | defrost.defrost_interval_normal |
        | 60      | normal_defrost_cycle    | none   | defrost.defrost_interval_normal | defrost.defrosts_too_often      |
        | 90      | normal_defrost_cycle    | none   | defrost.defrost_interval_normal | defrost.defrosts_too_often      |

  Rule: Defrost runs only while heating in frosting weather, so vapour otherwise is smoke until shown otherwise

    Scenario: "Steam" from the outdoor unit while cooling on a hot day
      Given the observations:
        | fact           | value |
        | outdoor_steam  | true  |
        | mode           | cool  |
        | outdoor_temp_f | 90    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_defrost_cycle"
      And the leading diagnosis is "electrical_overheating"
      And the advisories include "electrical_hazard_shutdown"
      And the advisories do not include "do_not_switch_off_during_defrost"
      And the escalation is "emergency"
      And the rule "defrost.steam_while_not_heating" fires
      And the rule "defrost.steam_in_warm_weather" fires
      And the rule "defrost.no_defrost_outside_heating" fires
      And the rule "defrost.no_defrost_in_warm_weather" fires
      And the rule "defrost.steam_is_defrost" stays silent

    Scenario: Steam while heating in frosting weather stays a defrost
      Given the observations:
        | fact           | value |
        | outdoor_steam  | true  |
        | mode           | heat  |
        | outdoor_temp_f | 33    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the escalation is "none"
      And the rule "defrost.steam_is_defrost" fires
      And the rule "defrost.steam_while_not_heating" stays silent
      And the rule "defrost.steam_in_warm_weather" stays silent
      And the rule "defrost.steam_in_mild_weather" stays silent
      And the rule "defrost.steam_mode_not_given" stays silent
      And the rule "defrost.steam_temperature_not_given" stays silent
      And the rule "defrost.no_defrost_outside_heating" stays silent
      And the rule "defrost.no_defrost_in_warm_weather" stays silent

    Scenario: Steam on a cold morning in cooling is not a defrost either
      Given the observations:
        | fact           | value |
        | outdoor_steam  | true  |
        | mode           | cool  |
        | outdoor_temp_f | 33    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_defrost_cycle"
      And the advisories include "electrical_hazard_shutdown"
      And the escalation is "emergency"
      And the rule "defrost.steam_while_not_heating" fires
      And the rule "defrost.steam_is_defrost" stays silent

    Scenario: Vapour while heating on a 62 °F day is no defrost weather
      Given the observations:
        | fact           | value |
        | outdoor_steam  | true  |
        | mode           | heat  |
        | outdoor_temp_f | 62    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_defrost_cycle"
      And the leading diagnosis is "electrical_overheating"
      And the advisories include "electrical_hazard_shutdown"
      And the escalation is "emergency"
      And the rule "defrost.steam_in_warm_weather" fires
      And the rule "defrost.steam_in_mild_weather" stays silent
      And the rule "defrost.steam_is_defrost" stays silent

    Scenario: A defrost length reported while the thermostat is on emergency heat is not a defrost
      Given the observations:
        | fact            | value   |
        | mode            | em_heat |
        | outdoor_temp_f  | 30      |
        | defrost_minutes | 5       |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_defrost_cycle"
      And the rule "defrost.no_defrost_outside_heating" fires
      And the rule "defrost.defrost_length_normal" fires

  Rule: No defrost on a system without an outdoor coil

    Scenario: "Steam" reported for a ground-source heat pump
      Given the observations:
        | fact           | value         |
        | system_type    | ground_source |
        | outdoor_steam  | true          |
        | mode           | heat          |
        | outdoor_temp_f | 30            |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_defrost_cycle"
      And the advisories do not include "do_not_switch_off_during_defrost"
      And the rule "defrost.ground_source_has_no_outdoor_coil" fires
      And the rule "defrost.steam_is_defrost" fires
