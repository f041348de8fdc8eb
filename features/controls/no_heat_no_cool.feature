Feature: No heat or no cooling at all - the system does nothing
  When the house gets no heat or no cooling, work from the simple to the complex: the thermostat's
  mode, setpoint and batteries, then the breakers and the outdoor disconnect, the float switch in the
  secondary pan, the low-voltage fuse and transformer, and only then the contactor, capacitor and
  compressor. Whether the indoor blower and the outdoor unit run splits the control side from the
  outdoor unit. No heat in freezing weather is more urgent than the same fault in mild weather.

  Rule: A thermostat that is not calling for the wanted mode comes first

    Scenario Outline: No heat with the thermostat on <mode>
      Given the observations:
        | fact       | value  |
        | no_heating | true   |
        | mode       | <mode> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_wrong_mode"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "prompt"
      And the rule "controls.no_heat_reported" fires
      And the rule "<rule>" fires
      And the rule "controls.no_heat_mode_is_right" stays silent

      Examples:
        | mode  | rule                                       |
        | off   | controls.no_heat_no_cool_thermostat_off_or_fan |
        | fan   | controls.no_heat_no_cool_thermostat_off_or_fan |
        | cool  | controls.no_heat_thermostat_on_cool        |

    Scenario Outline: No cooling with the thermostat on <mode>
      Given the observations:
        | fact       | value  |
        | no_cooling | true   |
        | no_heating | false  |
        | mode       | <mode> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_wrong_mode"
      And the escalation is "diy"
      And the rule "controls.no_cool_reported" fires
      And the rule "controls.no_heat_reported" stays silent
      And the rule "controls.no_cool_thermostat_on_heat" fires
      And the rule "controls.no_cool_mode_is_right" stays silent

      Examples:
        | mode    |
        | heat    |
        | em_heat |

  Rule: With the mode right, the thermostat's batteries and the power are next

    Scenario: No cooling, thermostat on cool, batteries flagged low
      Given the observations:
        | fact                   | value |
        | no_cooling             | true  |
        | mode                   | cool  |
        | thermostat_battery_low | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_batteries_dead"
      And the escalation is "diy"
      And the rule "controls.no_heat_no_cool_battery_low" fires
      And the rule "controls.no_heat_no_cool_battery_fine" stays silent
      And the rule "controls.no_cool_mode_is_right" fires
      And the rule "controls.no_cool_thermostat_on_heat" stays silent
      And the rule "controls.no_heat_no_cool_thermostat_off_or_fan" stays silent

    Scenario: No cooling with the breaker tripped
      Given the observations:
        | fact                   | value           |
        | no_cooling             | true            |
        | mode                   | cool            |
        | power_state            | breaker_tripped |
        | thermostat_battery_low | false           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "power_supply_interrupted"
      And the advisories include "breaker_reset_once"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "prompt"
      And the rule "controls.no_heat_no_cool_power_off" fires
      And the rule "controls.no_heat_no_cool_power_on" stays silent
      And the rule "controls.no_heat_no_cool_battery_fine" fires
      And the rule "controls.no_heat_no_cool_battery_low" stays silent

  Rule: A full secondary pan means the float switch has cut the system

    Scenario: No cooling on a humid day with water standing in the secondary pan
      Given the observations:
        | fact               | value |
        | no_cooling         | true  |
        | mode               | cool  |
        | water_in_drain_pan | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "float_switch_tripped"
      And the advisories include "water_near_electrical"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "prompt"
      And the rule "controls.no_heat_no_cool_water_in_pan" fires

    Scenario: A dry secondary pan does not point at the float switch
      Given the observations:
        | fact               | value |
        | no_cooling         | true  |
        | mode               | cool  |
        | water_in_drain_pan | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "float_switch_tripped"
      And the rule "controls.no_heat_no_cool_water_in_pan" stays silent

  Rule: What runs splits the control circuit from the outdoor unit

    Scenario: Thermostat lit, but the indoor blower is dead as well
      Given the observations:
        | fact                  | value  |
        | no_cooling            | true   |
        | mode                  | cool   |
        | thermostat_display    | normal |
        | indoor_blower_running | false  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "power_supply_interrupted"
      And the diagnoses include "blown_control_fuse"
      And the diagnoses include "control_voltage_fault"
      And the advisories include "breaker_reset_once"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "prompt"
      And the rule "controls.no_heat_no_cool_nothing_runs_indoors" fires
      And the rule "controls.no_heat_no_cool_outdoor_unit_silent" stays silent

    Scenario: Thermostat lit, blower dead, and the breakers are all on
      Given the observations:
        | fact                  | value  |
        | no_cooling            | true   |
        | mode                  | cool   |
        | thermostat_display    | normal |
        | indoor_blower_running | false  |
        | power_state           | on     |
      When the heat pump is diagnosed
      Then the diagnoses include "blown_control_fuse"
      And the diagnoses include "control_voltage_fault"
      And the escalation is "prompt"
      And the rule "controls.no_heat_no_cool_nothing_runs_indoors" fires

    Scenario: Blower blows but the outdoor unit stays silent in mild weather
      Given the observations:
        | fact                   | value |
        | no_heating             | true  |
        | mode                   | heat  |
        | outdoor_temp_f         | 55    |
        | power_state            | on    |
        | thermostat_battery_low | false |
        | indoor_blower_running  | true  |
        | outdoor_unit_running   | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_contactor"
      And "failed_capacitor" is among the first 3 diagnoses
      And the advisories include "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "controls.no_heat_no_cool_outdoor_unit_silent" fires
      And the rule "controls.no_heat_mode_is_right" fires
      And the rule "controls.no_heat_no_cool_power_on" fires
      And the rule "controls.no_heat_no_cool_everything_runs" stays silent
      And the rule "controls.no_heat_no_cool_nothing_runs_indoors" stays silent
      And the rule "controls.no_heat_in_freezing_weather" stays silent
      And the rule "controls.no_heat_no_cool_power_off" stays silent

    Scenario: Blower and outdoor unit both run, so power and control voltage are fine
      Given the observations:
        | fact                  | value |
        | no_heating            | true  |
        | mode                  | cool  |
        | indoor_blower_running | true  |
        | outdoor_unit_running  | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_wrong_mode"
      And the diagnoses do not include "power_supply_interrupted"
      And the diagnoses do not include "thermostat_batteries_dead"
      And the rule "controls.no_heat_no_cool_everything_runs" fires
      And the rule "controls.no_heat_no_cool_outdoor_unit_silent" stays silent

  Rule: No heat in freezing weather calls for a technician soon

    Scenario: No heat at 15 °F with the thermostat on heat and the power on
      Given the observations:
        | fact           | value |
        | no_heating     | true  |
        | mode           | heat  |
        | outdoor_temp_f | 15    |
        | power_state    | on    |
      When the heat pump is diagnosed
      Then the escalation is "prompt"
      And the rule "controls.no_heat_in_freezing_weather" fires

    Scenario: The same complaint on a mild day starts with the owner's checks
      Given the observations:
        | fact           | value |
        | no_heating     | true  |
        | no_cooling     | false |
        | mode           | heat  |
        | outdoor_temp_f | 50    |
        | power_state    | on    |
      When the heat pump is diagnosed
      Then the escalation is "diy"
      And the rule "controls.no_heat_in_freezing_weather" stays silent
      And the rule "controls.no_cool_reported" stays silent
