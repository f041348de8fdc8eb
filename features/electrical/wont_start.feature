Feature: Unit won't start, or hums but won't start
  When the thermostat calls and the outdoor unit does not come on, listen to it first. A hum with
  nothing turning points to a failed run capacitor or a locked compressor; a click with nothing
  after it points to the contactor or the compressor. Capacitors keep a dangerous charge after the
  power is off, so stop trying to start a humming unit and leave the parts to a technician.

  Rule: A unit that hums but does not start points first to the run capacitor, then to a locked compressor

    Scenario: Outdoor unit hums on a hot afternoon but nothing turns
      Given the observations:
        | fact                 | value |
        | mode                 | cool  |
        | unit_wont_start      | true  |
        | outdoor_unit_humming | true  |
        | outdoor_fan_running  | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_capacitor"
      And "compressor_failure" is among the first 3 diagnoses
      And the first advisory is "capacitor_stored_charge"
      And the advisories include "power_off_before_opening"
      And the escalation is "prompt"
      And the rule "electrical.hum_no_start_capacitor" fires
      And the rule "electrical.hum_no_start_locked_rotor" fires
      And the rule "electrical.hum_no_start_seized_fan" stays silent

    Scenario: Humming with the outdoor fan standing still adds a seized fan motor
      Given the observations:
        | fact                 | value |
        | mode                 | cool  |
        | unit_wont_start      | true  |
        | outdoor_unit_humming | true  |
        | outdoor_fan_running  | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_capacitor"
      And the diagnoses include "outdoor_fan_motor_failure"
      And the diagnoses include "motor_bearing_wear"
      And the advisories include "fan_may_start"
      And the escalation is "prompt"
      And the rule "electrical.hum_no_start_seized_fan" fires

    Scenario: A silent unit is not blamed on a hum-no-start fault
      Given the observations:
        | fact                 | value |
        | mode                 | heat  |
        | unit_wont_start      | true  |
        | outdoor_unit_humming | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "compressor_failure"
      And the rule "electrical.hum_no_start_capacitor" stays silent
      And the rule "electrical.hum_no_start_locked_rotor" stays silent
      And the rule "electrical.hum_no_start_seized_fan" stays silent

  Rule: A unit that does not start on a call is suspect for its capacitor and contactor

    Scenario: Nothing starts on a cooling call and nothing else is known
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | unit_wont_start | true  |
      When the heat pump is diagnosed
      Then "failed_contactor" is among the first 2 diagnoses
      And "failed_capacitor" is among the first 2 diagnoses
      And the advisories include "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "electrical.wont_start_capacitor" fires
      And the rule "electrical.wont_start_contactor" fires

    Scenario: The unit starts and runs after all
      Given the observations:
        | fact                 | value |
        | mode                 | cool  |
        | unit_wont_start      | false |
        | outdoor_unit_running | true  |
        | compressor_running   | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "failed_contactor"
      And the diagnoses do not include "failed_capacitor"
      And the rule "electrical.wont_start_capacitor" stays silent
      And the rule "electrical.wont_start_contactor" stays silent

    Scenario: Thermostat cycled two minutes ago, the compressor is still in its protection delay
      Given the observations:
        | fact                  | value |
        | mode                  | cool  |
        | unit_wont_start       | true  |
        | minutes_since_restart | 2     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_restart_delay"
      And the diagnoses do not include "failed_capacitor"
      And the diagnoses do not include "failed_contactor"
      And the escalation is "none"
      And the rule "electrical.wont_start_capacitor" stays silent
      And the rule "electrical.wont_start_contactor" stays silent

    Scenario: A mini-split that will not start at -28 F is resting below its operating range
      Given the observations:
        | fact                 | value      |
        | system_type          | mini_split |
        | mode                 | heat       |
        | outdoor_temp_f       | -28        |
        | outdoor_unit_running | false      |
        | unit_wont_start      | true       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_low_ambient_cutout"
      And the diagnoses do not include "failed_capacitor"
      And the diagnoses do not include "failed_contactor"
      And the rule "electrical.wont_start_capacitor" stays silent
      And the rule "electrical.wont_start_contactor" stays silent

  Rule: A click with nothing following points to the contactor or the compressor

    Scenario: The contactor clicks but the outdoor unit never starts
      Given the observations:
        | fact            | value    |
        | mode            | cool     |
        | unit_wont_start | true     |
        | noise           | clicking |
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_contactor"
      And the diagnoses include "compressor_failure"
      And the advisories include "capacitor_stored_charge"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "prompt"
      And the rule "electrical.wont_start_click_only" fires

    Scenario: Relay clicks at start-up of a unit that runs are normal
      Given the observations:
        | fact            | value    |
        | mode            | cool     |
        | unit_wont_start | false    |
        | noise           | clicking |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_operating_sound"
      And the diagnoses do not include "failed_contactor"
      And the escalation is "none"
      And the rule "electrical.wont_start_click_only" stays silent

  Rule: A unit with its power switched off cannot start

    Scenario: Outdoor disconnect pulled, the unit does nothing
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | unit_wont_start | true  |
        | power_state     | off   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "power_supply_interrupted"
      And the advisories include "breaker_reset_once"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "prompt"
      And the rule "electrical.wont_start_power_off" fires

    Scenario: Power is on, so the supply is not the first suspect
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | unit_wont_start | true  |
        | power_state     | on    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "power_supply_interrupted"
      And the rule "electrical.wont_start_power_off" stays silent
