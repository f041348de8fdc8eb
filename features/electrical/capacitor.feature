Feature: Run capacitors
  A run capacitor gives a motor its starting and running torque. When it fails the motor hums, starts
  slowly, trips its overload or the breaker, or the compressor stays off while the indoor blower moves
  untreated air. A domed or leaking case settles it, but many bad capacitors look normal; a technician
  confirms with a microfarad reading against the label's tolerance. Capacitors hold a dangerous
  charge after the power is off, so their terminals are not for the owner.

  Rule: A bulged or leaking capacitor is a failed capacitor

    Scenario: Technician finds the run capacitor domed on a unit that hums
      Given the observations:
        | fact                 | value |
        | mode                 | cool  |
        | unit_wont_start      | true  |
        | outdoor_unit_humming | true  |
        | capacitor_bulged     | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_capacitor"
      And the first advisory is "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "electrical.capacitor_bulged" fires
      And the rule "electrical.capacitor_looks_normal" stays silent

    Scenario: A capacitor that looks normal only slightly eases the suspicion
      Given the observations:
        | fact                 | value |
        | mode                 | cool  |
        | unit_wont_start      | true  |
        | outdoor_unit_humming | true  |
        | capacitor_bulged     | false |
      When the heat pump is diagnosed
      Then "failed_capacitor" is among the first 2 diagnoses
      And "compressor_failure" is among the first 2 diagnoses
      And the advisories include "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "electrical.capacitor_looks_normal" fires
      And the rule "electrical.capacitor_bulged" stays silent

  Rule: A compressor that stays off while the fans run points to its capacitor or overload

    Scenario: Indoor blower blows warm air in cooling but the compressor is silent
      Given the observations:
        | fact                  | value |
        | mode                  | cool  |
        | no_cooling            | true  |
        | indoor_blower_running | true  |
        | compressor_running    | false |
      When the heat pump is diagnosed
      Then the diagnoses include "failed_capacitor"
      And the advisories include "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "electrical.compressor_off_blower_on" fires

    Scenario: Compressor and blower both running is no capacitor clue
      Given the observations:
        | fact                  | value |
        | mode                  | cool  |
        | reduced_cooling       | true  |
        | indoor_blower_running | true  |
        | compressor_running    | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "failed_capacitor"
      And the rule "electrical.compressor_off_blower_on" stays silent
      And the rule "electrical.compressor_off_outdoor_fan_on" stays silent

    Scenario: Outdoor fan turns but the compressor never kicks in
      Given the observations:
        | fact                | value |
        | mode                | cool  |
        | outdoor_fan_running | true  |
        | compressor_running  | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "compressor_failure"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "prompt"
      And the rule "electrical.compressor_off_outdoor_fan_on" fires

    Scenario: Outdoor fan and compressor both running
      Given the observations:
        | fact                | value |
        | mode                | heat  |
        | outdoor_fan_running | true  |
        | compressor_running  | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "compressor_failure"
      And the rule "electrical.compressor_off_outdoor_fan_on" stays silent
