Feature: Refrigerant leak detector alarm on an A2L system
  Equipment with a mildly flammable refrigerant (R-454B, R-32) carries a leak sensor. When it finds
  refrigerant it alarms and runs its mitigation sequence: the blower runs to dilute the refrigerant
  while the compressor and heating stay off. Ventilate, keep flames and sparks away, never bypass or
  reset the sensor, and have an A2L-trained technician out urgently. The stopped compressor is the
  mitigation's doing, not a starting fault.

  Rule: A leak-sensor alarm is a flammable-refrigerant hazard

    Scenario: R-454B system in mitigation, blower on and no cooling
      Given the observations:
        | fact                   | value        |
        | system_type            | ducted_split |
        | refrigerant            | r454b        |
        | mode                   | cool         |
        | no_cooling             | true         |
        | indoor_blower_running  | true         |
        | outdoor_unit_running   | false        |
        | refrigerant_leak_alarm | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "refrigerant_leak_detected"
      And the advisories include "flammable_refrigerant"
      And the advisories include "refrigerant_certified_only"
      And the advisories do not include "breaker_reset_once"
      And the escalation is "emergency"
      And the rule "hazards.refrigerant_leak_alarm" fires
      And the rule "hazards.leak_mitigation_explains_stopped_compressor" fires

    Scenario: The leak alarm counts when the refrigerant is not known
      Given the observations:
        | fact                   | value |
        | mode                   | heat  |
        | refrigerant_leak_alarm | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "refrigerant_leak_detected"
      And the escalation is "emergency"
      And the rule "hazards.refrigerant_leak_alarm" fires

    Scenario: Blower on and no cooling on an R-454B system with no leak alarm is an ordinary no-cool
      Given the observations:
        | fact                   | value        |
        | system_type            | ducted_split |
        | refrigerant            | r454b        |
        | mode                   | cool         |
        | no_cooling             | true         |
        | indoor_blower_running  | true         |
        | outdoor_unit_running   | false        |
        | refrigerant_leak_alarm | false        |
      When the heat pump is diagnosed
      Then the diagnoses do not include "refrigerant_leak_detected"
      And the advisories do not include "flammable_refrigerant"
      And the rule "hazards.refrigerant_leak_alarm" stays silent
      And the rule "hazards.leak_mitigation_explains_stopped_compressor" stays silent
