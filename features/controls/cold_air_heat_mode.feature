Feature: Cold air from the vents in heat mode
  First separate normal from abnormal. Heat-pump air of 85 to 110 °F is below skin temperature and
  feels cool, and a defrost sends cool air for a few minutes. Cold air that lasts beyond a defrost,
  with the outdoor unit and its fan running, means the unit is cooling the house: a reversing valve
  stuck in cooling or a thermostat with the wrong O/B setting. With the outdoor unit idle, the
  compressor circuit is at fault. Either way the heat pump is not heating: a technician soon.

  Rule: Supply air of 85 to 110 °F is normal heat-pump air

    Scenario Outline: Vents feel cool but the supply air measures <supply> °F
      Given the observations:
        | fact                  | value    |
        | cold_air_in_heat_mode | true     |
        | mode                  | heat     |
        | cold_air_minutes      | 30       |
        | supply_air_temp_f     | <supply> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_supply_air_temperature"
      And "normal_supply_air_temperature" is a normal finding
      And the diagnoses do not include "reversing_valve_fault"
      And the escalation is "none"
      And the rule "controls.cold_air_supply_in_normal_range" fires
      And the rule "controls.cold_air_beyond_defrost" stays silent

      Examples:
        | supply |
        | 85     |
        | 98     |
        | 110    |

    Scenario: Warm air from the vents in heat mode
      Given the observations:
        | fact                  | value |
        | cold_air_in_heat_mode | false |
        | mode                  | heat  |
        | supply_air_temp_f     | 100   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_supply_air_temperature"
      And the diagnoses do not include "reversing_valve_fault"
      And the rule "controls.cold_air_reported" stays silent
      And the rule "controls.cold_air_supply_in_normal_range" stays silent

  Rule: A few minutes of cool air in cold weather is a defrost

    Scenario: Five minutes of cool air at 30 °F outdoors
      Given the observations:
        | fact                  | value |
        | cold_air_in_heat_mode | true  |
        | mode                  | heat  |
        | cold_air_minutes      | 5     |
        | outdoor_temp_f        | 30    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the advisories include "do_not_switch_off_during_defrost"
      And the escalation is "none"
      And the rule "controls.cold_air_brief" fires
      And the rule "controls.cold_air_brief_in_defrost_weather" fires
      And the rule "controls.cold_air_brief_with_defrost_seen" stays silent
      And the rule "controls.cold_air_beyond_defrost" stays silent

    Scenario: Six minutes of cool air right after a defrost was seen on a 50 °F day
      Given the observations:
        | fact                  | value |
        | cold_air_in_heat_mode | true  |
        | mode                  | heat  |
        | cold_air_minutes      | 6     |
        | outdoor_temp_f        | 50    |
        | defrost_seen_recently | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the escalation is "none"
      And the rule "controls.cold_air_brief_with_defrost_seen" fires
      And the rule "controls.cold_air_brief_in_defrost_weather" stays silent

  Rule: Cold air beyond a defrost needs a technician soon

    Scenario: Cold air for half an hour, outdoor unit and fan running
      Given the observations:
        | fact                  | value |
        | cold_air_in_heat_mode | true  |
        | mode                  | heat  |
        | cold_air_minutes      | 30    |
        | outdoor_unit_running  | true  |
        | outdoor_fan_running   | true  |
        | supply_air_temp_f     | 62    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "reversing_valve_fault"
      And the diagnoses include "thermostat_ob_misconfigured"
      And the diagnoses do not include "normal_defrost_cycle"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "prompt"
      And the rule "controls.cold_air_reported" fires
      And the rule "controls.cold_air_beyond_defrost" fires
      And the rule "controls.cold_air_outdoor_unit_running_fan_turning" fires
      And the rule "controls.cold_air_brief" stays silent
      And the rule "controls.cold_air_outdoor_unit_idle" stays silent
      And the rule "controls.cold_air_supply_in_normal_range" stays silent
      And the rule "controls.cold_air_beyond_defrost_mode_not_given" stays silent

    Scenario: Cold air for forty minutes, thermostat mode not given
      Given the observations:
        | fact                  | value |
        | cold_air_in_heat_mode | true  |
        | cold_air_minutes      | 40    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "reversing_valve_fault"
      And the escalation is "prompt"
      And the rule "controls.cold_air_beyond_defrost_mode_not_given" fires

    Scenario: Outdoor fan stopped while the compressor runs - likely defrost, still watch the time
      Given the observations:
        | fact                  | value |
        | cold_air_in_heat_mode | true  |
        | mode                  | heat  |
        | outdoor_unit_running  | true  |
        | outdoor_fan_running   | false |
        | cold_air_minutes      | 8     |
        | outdoor_temp_f        | 28    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the rule "controls.cold_air_outdoor_unit_running_fan_turning" stays silent

    Scenario: Cold air with the outdoor unit idle and no backup heat
      Given the observations:
        | fact                  | value |
        | cold_air_in_heat_mode | true  |
        | mode                  | heat  |
        | cold_air_minutes      | 30    |
        | outdoor_unit_running  | false |
        | aux_heat_on           | false |
      When the heat pump is diagnosed
      Then "failed_capacitor" is among the first 2 diagnoses
      And "failed_contactor" is among the first 2 diagnoses
      And the diagnoses do not include "reversing_valve_fault"
      And the advisories include "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "controls.cold_air_outdoor_unit_idle" fires
      And the rule "controls.cold_air_outdoor_unit_running_fan_turning" stays silent

    Scenario: Outdoor coil frosting over while the vents blow cool
      Given the observations:
        | fact                  | value       |
        | cold_air_in_heat_mode | true        |
        | mode                  | heat        |
        | cold_air_minutes      | 25          |
        | outdoor_temp_f        | 30          |
        | outdoor_ice           | light_frost |
      When the heat pump is diagnosed
      Then the escalation is "prompt"
      And the rule "controls.cold_air_outdoor_coil_frosting" fires

    Scenario: Outdoor coil clear of frost while the vents blow cold
      Given the observations:
        | fact                  | value |
        | cold_air_in_heat_mode | true  |
        | mode                  | heat  |
        | cold_air_minutes      | 25    |
        | outdoor_ice           | none  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "reversing_valve_fault"
      And the rule "controls.cold_air_outdoor_coil_frosting" stays silent

    Scenario: Cold air with the outdoor unit running and low suction pressure
      Given the observations:
        | fact                  | value |
        | cold_air_in_heat_mode | true  |
        | mode                  | heat  |
        | cold_air_minutes      | 25    |
        | outdoor_unit_running  | true  |
        | suction_pressure      | low   |
      When the heat pump is diagnosed
      Then the diagnoses include "low_refrigerant_charge"
      And the escalation is "prompt"
      And the rule "controls.cold_air_low_suction" fires

    Scenario: Cold air with the outdoor unit running and normal suction pressure
      Given the observations:
        | fact                  | value  |
        | cold_air_in_heat_mode | true   |
        | mode                  | heat   |
        | cold_air_minutes      | 25     |
        | outdoor_unit_running  | true   |
        | suction_pressure      | normal |
      When the heat pump is diagnosed
      Then the rule "controls.cold_air_low_suction" stays silent

  Rule: The thermostat may simply not be asking for heat

    Scenario Outline: Cool air from the vents with the thermostat on <mode>
      Given the observations:
        | fact                  | value  |
        | cold_air_in_heat_mode | true   |
        | mode                  | <mode> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_wrong_mode"
      And the diagnoses do not include "reversing_valve_fault"
      And the escalation is "diy"
      And the rule "controls.cold_air_thermostat_on_cool_or_fan" fires

      Examples:
        | mode |
        | cool |
        | fan  |

    Scenario: Cool air with the thermostat on heat is not a mode problem
      Given the observations:
        | fact                  | value |
        | cold_air_in_heat_mode | true  |
        | mode                  | heat  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "thermostat_wrong_mode"
      And the rule "controls.cold_air_thermostat_on_cool_or_fan" stays silent

  Rule: Warm air in cool mode is the same fault in reverse

    Scenario: 95 °F air from the vents with the thermostat on cool
      Given the observations:
        | fact                 | value |
        | mode                 | cool  |
        | outdoor_unit_running | true  |
        | supply_air_temp_f    | 95    |
      When the heat pump is diagnosed
      Then "reversing_valve_fault" is among the first 2 diagnoses
      And "thermostat_ob_misconfigured" is among the first 2 diagnoses
      And the escalation is "prompt"
      And the rule "controls.warm_air_in_cool_mode" fires

    Scenario: 55 °F air from the vents with the thermostat on cool
      Given the observations:
        | fact                 | value |
        | mode                 | cool  |
        | outdoor_unit_running | true  |
        | supply_air_temp_f    | 55    |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "controls.warm_air_in_cool_mode" stays silent
