Feature: Run capacitors
  A run capacitor gives a motor its starting and running torque. When it fails the motor hums, starts
  slowly, trips its overload or the breaker, or the compressor stays off on a call while the indoor
  blower moves untreated air (a compressor resting at setpoint while a fan runs is normal). A domed or leaking case settles it, but many bad capacitors look normal; a technician
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

  Rule: The microfarad reading against the label decides

    Scenario: Technician measures the run capacitor below its label tolerance
      Given the observations:
        | fact                   | value           |
        | mode                   | cool            |
        | unit_wont_start        | true            |
        | outdoor_unit_humming   | true            |
        | capacitor_uf_vs_rating | below_tolerance |
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_capacitor"
      And the first advisory is "capacitor_stored_charge"
      And the rule "electrical.capacitor_reading_out_of_tolerance" fires
      And the rule "electrical.capacitor_reading_in_tolerance" stays silent

    Scenario: A capacitor that measures within its tolerance is set aside
      Given the observations:
        | fact                   | value            |
        | mode                   | cool             |
        | unit_wont_start        | true             |
        | outdoor_unit_humming   | true             |
        | capacitor_uf_vs_rating | within_tolerance |
      When the heat pump is diagnosed
      Then the leading diagnosis is "compressor_failure"
      And "failed_capacitor" is among the first 3 diagnoses
      And the rule "electrical.capacitor_reading_in_tolerance" fires
      And the rule "electrical.capacitor_reading_out_of_tolerance" stays silent

  Rule: A compressor that stays off on an unmet call while the fans run points to its capacitor, contactor or overload

    Scenario: Indoor blower blows warm air in cooling but the compressor is silent
      Given the observations:
        | fact                  | value |
        | mode                  | cool  |
        | no_cooling            | true  |
        | indoor_blower_running | true  |
        | compressor_running    | false |
      When the heat pump is diagnosed
      Then the diagnoses include "failed_capacitor"
      And the diagnoses include "failed_contactor"
      And the diagnoses include "supply_voltage_fault"
      And the advisories include "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "electrical.compressor_off_blower_on_cooling" fires
      And the rule "electrical.compressor_off_blower_on_cooling_contactor_or_supply" fires
      And the rule "electrical.compressor_off_blower_on_heating" stays silent

    Scenario: Blower on continuous fan and the compressor resting at setpoint is no fault
      Given the observations:
        | fact                  | value |
        | mode                  | cool  |
        | no_cooling            | false |
        | indoor_blower_running | true  |
        | compressor_running    | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "failed_capacitor"
      And the diagnoses do not include "failed_contactor"
      And the rule "electrical.compressor_off_blower_on_cooling" stays silent
      And the rule "electrical.compressor_off_blower_on_cooling_contactor_or_supply" stays silent

    Scenario: Water-source heat pump, blower runs but the compressor does not, no heat
      Given the observations:
        | fact                  | value         |
        | system_type           | ground_source |
        | mode                  | heat          |
        | no_heating            | true          |
        | indoor_blower_running | true          |
        | compressor_running    | false         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_contactor"
      And "failed_capacitor" is among the first 2 diagnoses
      And the diagnoses include "compressor_failure"
      And the diagnoses do not include "power_supply_interrupted"
      And the advisories include "capacitor_stored_charge"
      And the rule "electrical.compressor_off_blower_on_heating" fires
      And the rule "electrical.compressor_off_blower_on_heating_contactor_or_supply" fires
      And the rule "electrical.blower_runs_single_package_has_power" fires

    Scenario: Heating reached, the blower runs on and the compressor rests
      Given the observations:
        | fact                  | value         |
        | system_type           | ground_source |
        | mode                  | heat          |
        | no_heating            | false         |
        | indoor_blower_running | true          |
        | compressor_running    | false         |
      When the heat pump is diagnosed
      Then the diagnoses do not include "failed_contactor"
      And the rule "electrical.compressor_off_blower_on_heating" stays silent
      And the rule "electrical.compressor_off_blower_on_heating_contactor_or_supply" stays silent

    Scenario: On a split system a running blower says nothing about the outdoor unit's breaker
      Given the observations:
        | fact                  | value        |
        | system_type           | ducted_split |
        | mode                  | heat         |
        | no_heating            | true         |
        | indoor_blower_running | true         |
        | compressor_running    | false        |
      When the heat pump is diagnosed
      Then the diagnoses include "power_supply_interrupted"
      And the rule "electrical.blower_runs_single_package_has_power" stays silent

    Scenario: Compressor and blower both running is no capacitor clue
      Given the observations:
        | fact                  | value |
        | mode                  | cool  |
        | reduced_cooling       | true  |
        | indoor_blower_running | true  |
        | compressor_running    | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "failed_capacitor"
      And the rule "electrical.compressor_off_blower_on_cooling" stays silent
      And the rule "electrical.compressor_off_outdoor_fan_on" stays silent

    Scenario: Outdoor fan turns but the compressor never kicks in, no cooling
      Given the observations:
        | fact                | value |
        | mode                | cool  |
        | no_cooling          | true  |
        | outdoor_fan_running | true  |
        | compressor_running  | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_capacitor"
      And "compressor_failure" is among the first 2 diagnoses
      And the diagnoses include "supply_voltage_fault"
      And the diagnoses include "damaged_wiring"
      And the diagnoses do not include "power_supply_interrupted"
      And the advisories include "capacitor_stored_charge"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "prompt"
      And the rule "electrical.compressor_off_outdoor_fan_on" fires
      And the rule "electrical.compressor_off_outdoor_fan_on_capacitor" fires
      And the rule "electrical.outdoor_fan_runs_unit_has_power" fires
      And the rule "electrical.compressor_off_outdoor_fan_on_heating" stays silent

    Scenario: Outdoor fan turns but the compressor stays off on a heat call
      Given the observations:
        | fact                | value |
        | mode                | heat  |
        | no_heating          | true  |
        | outdoor_fan_running | true  |
        | compressor_running  | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_capacitor"
      And the diagnoses include "compressor_failure"
      And the rule "electrical.compressor_off_outdoor_fan_on_heating" fires
      And the rule "electrical.compressor_off_outdoor_fan_on_capacitor" fires

    Scenario: Outdoor fan turning with the compressor off and no complaint is not read as a fault
      Given the observations:
        | fact                | value |
        | mode                | cool  |
        | no_cooling          | false |
        | outdoor_fan_running | true  |
        | compressor_running  | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "compressor_failure"
      And the diagnoses do not include "failed_capacitor"
      And the rule "electrical.compressor_off_outdoor_fan_on" stays silent
      And the rule "electrical.compressor_off_outdoor_fan_on_capacitor" stays silent
      And the rule "electrical.outdoor_fan_runs_unit_has_power" fires

    Scenario: No heat with the outdoor unit quiet: a running fan is not there to exonerate the power
      Given the observations:
        | fact                | value |
        | mode                | heat  |
        | no_heating          | true  |
        | outdoor_fan_running | false |
        | compressor_running  | false |
      When the heat pump is diagnosed
      Then the diagnoses include "power_supply_interrupted"
      And the rule "electrical.outdoor_fan_runs_unit_has_power" stays silent
      And the rule "electrical.compressor_off_outdoor_fan_on_heating" stays silent

    Scenario: Outdoor fan and compressor both running
      Given the observations:
        | fact                | value |
        | mode                | heat  |
        | no_heating          | true  |
        | outdoor_fan_running | true  |
        | compressor_running  | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "compressor_failure"
      And the rule "electrical.compressor_off_outdoor_fan_on_heating" stays silent
