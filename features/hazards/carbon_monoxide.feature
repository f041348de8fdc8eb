Feature: Carbon-monoxide alarm
  A carbon-monoxide alarm is never dismissed. Everyone, pets included, goes out into fresh air and
  the emergency number is called from outside; nobody goes back in until responders say it is safe.
  On a dual-fuel system the gas furnace is the likeliest source, but an all-electric home can fill
  with CO from a car, a generator, a fireplace or a neighbour's flue, so the advice is the same.

  Rule: A CO alarm means get out and call for help, whatever the heating system

    Scenario: CO alarm sounding while the dual-fuel furnace runs
      Given the observations:
        | fact           | value |
        | dual_fuel      | true  |
        | mode           | heat  |
        | outdoor_temp_f | 18    |
        | co_alarm       | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "carbon_monoxide_hazard"
      And the first advisory is "carbon_monoxide_evacuate"
      And the escalation is "emergency"
      And the rule "hazards.co_alarm" fires
      And the rule "hazards.co_alarm_dual_fuel" fires

    Scenario: CO alarm in an all-electric heat pump home is not dismissed
      Given the observations:
        | fact           | value        |
        | system_type    | ducted_split |
        | dual_fuel      | false        |
        | mode           | heat         |
        | aux_heat_on    | true         |
        | outdoor_temp_f | 20           |
        | co_alarm       | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "carbon_monoxide_hazard"
      And the first advisory is "carbon_monoxide_evacuate"
      And the diagnoses do not include "normal_aux_heat"
      And the escalation is "emergency"
      And the rule "hazards.co_alarm" fires
      And the rule "hazards.co_alarm_dual_fuel" stays silent

    Scenario: A dual-fuel system with the CO alarm silent
      Given the observations:
        | fact      | value |
        | dual_fuel | true  |
        | mode      | heat  |
        | co_alarm  | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "carbon_monoxide_hazard"
      And the advisories do not include "carbon_monoxide_evacuate"
      And the rule "hazards.co_alarm" stays silent
      And the rule "hazards.co_alarm_dual_fuel" stays silent
