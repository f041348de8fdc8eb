Feature: Blank thermostat
  A dark thermostat screen usually means it has no power: flat batteries on a battery model, a
  tripped air-handler breaker (no 24 V from the transformer), the float switch opened by a full drain
  pan, or the 3 A or 5 A low-voltage fuse blown - often by a short in a thermostat cable damaged
  outdoors. Batteries and one breaker reset are the owner's; the fuse and the short are a technician's.

  Rule: Batteries and the breaker come first

    Scenario: Thermostat went blank, nothing checked yet
      Given thermostat_display is "blank"
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_batteries_dead"
      And the diagnoses include "power_supply_interrupted"
      And the diagnoses include "blown_control_fuse"
      And the advisories include "breaker_reset_once"
      And the advisories do not include "water_near_electrical"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "prompt"
      And the rule "controls.thermostat_blank_reported" fires

    Scenario: A thermostat that shows normally is not blank
      Given the observations:
        | fact                   | value  |
        | thermostat_display     | normal |
        | thermostat_battery_low | true   |
      When the heat pump is diagnosed
      Then the rule "controls.thermostat_blank_reported" stays silent
      And the rule "controls.thermostat_blank_battery_low" stays silent

    Scenario: Low-battery warning before the screen went dark
      Given the observations:
        | fact                   | value |
        | thermostat_display     | blank |
        | thermostat_battery_low | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_batteries_dead"
      And the escalation is "diy"
      And the rule "controls.thermostat_blank_battery_low" fires
      And the rule "controls.thermostat_blank_battery_fine" stays silent

    Scenario: Blank screen with the air-handler breaker tripped
      Given the observations:
        | fact               | value           |
        | thermostat_display | blank           |
        | power_state        | breaker_tripped |
      When the heat pump is diagnosed
      Then the leading diagnosis is "power_supply_interrupted"
      And the advisories include "breaker_reset_once"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "prompt"
      And the rule "controls.thermostat_blank_power_off" fires
      And the rule "controls.thermostat_blank_power_on" stays silent

  Rule: A full secondary pan has opened the float switch

    Scenario: Blank screen and water standing in the secondary pan
      Given the observations:
        | fact               | value |
        | thermostat_display | blank |
        | water_in_drain_pan | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "float_switch_tripped"
      And the advisories include "water_near_electrical"
      And the escalation is "diy"
      And the rule "controls.thermostat_blank_pan_dry" stays silent

  Rule: With the simple checks clear, the fuse, the transformer or the thermostat

    Scenario: Fresh batteries, power on, dry pan, screen still blank
      Given the observations:
        | fact                   | value |
        | thermostat_display     | blank |
        | thermostat_battery_low | false |
        | power_state            | on    |
        | water_in_drain_pan     | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "blown_control_fuse"
      And the diagnoses include "control_voltage_fault"
      And the diagnoses include "thermostat_failure"
      And the diagnoses do not include "thermostat_batteries_dead"
      And the diagnoses do not include "float_switch_tripped"
      And the advisories include "power_off_before_opening"
      And the escalation is "prompt"
      And the rule "controls.thermostat_blank_simple_checks_clear" fires
      And the rule "controls.thermostat_blank_battery_fine" fires
      And the rule "controls.thermostat_blank_power_on" fires
      And the rule "controls.thermostat_blank_pan_dry" fires
      And the rule "controls.thermostat_blank_battery_low" stays silent
      And the rule "controls.thermostat_blank_power_off" stays silent

    Scenario: Power on but the batteries were flagged low
      Given the observations:
        | fact                   | value |
        | thermostat_display     | blank |
        | thermostat_battery_low | true  |
        | power_state            | on    |
        | water_in_drain_pan     | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_batteries_dead"
      And the rule "controls.thermostat_blank_simple_checks_clear" stays silent

    Scenario: Blank screen after a rodent chewed the thermostat cable
      Given the observations:
        | fact               | value              |
        | thermostat_display | blank              |
        | wiring_damage      | chewed_low_voltage |
      When the heat pump is diagnosed
      Then the leading diagnosis is "blown_control_fuse"
      And the escalation is "prompt"
      And the rule "controls.thermostat_blank_chewed_cable" fires

    Scenario: Blank screen with the wiring intact
      Given the observations:
        | fact               | value |
        | thermostat_display | blank |
        | wiring_damage      | none  |
      When the heat pump is diagnosed
      Then the rule "controls.thermostat_blank_chewed_cable" stays silent
