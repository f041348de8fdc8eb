Feature: Outdoor unit iced over
  In heating the outdoor coil runs below freezing and frosts up; every so often the unit defrosts
  to clear it. A light white frost that each defrost melts is normal, especially around 25 to 45 °F
  in damp weather. Thick or clear ice, a top encased in ice, or ice that stays is not: the defrost
  is not starting, the charge is low, the outdoor fan has stopped or the reversing valve is stuck,
  unless roof water or drifted snow is feeding the ice. Nobody chips ice off a coil, and the fan can
  start at any moment, so the owner thaws it with the power off.

  Rule: Light frost that the defrost clears is normal

    Scenario: Light frost on a damp 35 °F day, with a defrost seen in the last hour
      Given the observations:
        | fact                  | value       |
        | mode                  | heat        |
        | outdoor_ice           | light_frost |
        | outdoor_temp_f        | 35          |
        | outdoor_humidity      | high        |
        | defrost_seen_recently | true        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_frost"
      And "normal_frost" is a normal finding
      And the diagnoses do not include "defrost_control_failure"
      And the escalation is "none"
      And nothing further is needed if that does not fix it
      And the rule "defrost.light_frost_is_normal" fires
      And the rule "defrost.light_frost_in_frosting_weather" fires
      And the rule "defrost.light_frost_cleared_by_defrost" fires

    Scenario: A light frost reported on its own is probably normal, and the mode is asked
      Given outdoor_ice is "light_frost"
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_frost"
      And the escalation is "none"
      And the questions include "mode"
      And the rule "defrost.light_frost_context_not_given" fires
      And the rule "defrost.light_frost_is_normal" stays silent

    Scenario: Light frost on a 35 °F day, thermostat mode not given
      Given the observations:
        | fact           | value       |
        | outdoor_ice    | light_frost |
        | outdoor_temp_f | 35          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_frost"
      And the questions include "mode"
      And the rule "defrost.light_frost_mode_not_given" fires
      And the rule "defrost.light_frost_context_not_given" stays silent
      And the rule "defrost.light_frost_is_normal" stays silent

    Scenario: Light frost while heating, outdoor temperature not given
      Given the observations:
        | fact        | value       |
        | mode        | heat        |
        | outdoor_ice | light_frost |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_frost"
      And the questions include "outdoor_temp_f"
      And the rule "defrost.light_frost_temperature_not_given" fires
      And the rule "defrost.light_frost_is_normal" stays silent

    Scenario: Light frost while heating on a 50 °F day is only weakly normal
      Given the observations:
        | fact           | value       |
        | mode           | heat        |
        | outdoor_ice    | light_frost |
        | outdoor_temp_f | 50          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_frost"
      And the rule "defrost.light_frost_in_mild_weather" fires
      And the rule "defrost.light_frost_is_normal" stays silent

    Scenario: Frost on the coil while heating on a 60 °F day is not the normal frost
      Given the observations:
        | fact           | value       |
        | mode           | heat        |
        | outdoor_ice    | light_frost |
        | outdoor_temp_f | 60          |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_frost"
      And the rule "defrost.no_defrost_in_warm_weather" fires
      And the rule "defrost.light_frost_in_mild_weather" stays silent

    Scenario: Light frost on a dry, bitter day is not put down to frosting weather
      Given the observations:
        | fact             | value       |
        | mode             | heat        |
        | outdoor_ice      | light_frost |
        | outdoor_temp_f   | 12          |
        | outdoor_humidity | low         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_frost"
      And the rule "defrost.light_frost_in_frosting_weather" stays silent

  Rule: Frost with no defrost in 90 minutes of cold running is worth watching

    Scenario: Frost but the owner has not seen a defrost for two hours
      Given the observations:
        | fact                  | value       |
        | mode                  | heat        |
        | outdoor_temp_f        | 33          |
        | outdoor_ice           | light_frost |
        | defrost_seen_recently | false       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_frost"
      And the diagnoses include "defrost_control_failure"
      And the escalation is "none"
      And if that does not fix it, the escalation is "prompt"
      And the rule "defrost.light_frost_without_recent_defrost" fires
      And the rule "defrost.light_frost_cleared_by_defrost" stays silent

    Scenario: A defrost was seen, so the frost is no cause for doubt
      Given the observations:
        | fact                  | value       |
        | mode                  | heat        |
        | outdoor_temp_f        | 33          |
        | outdoor_ice           | light_frost |
        | defrost_seen_recently | true        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_frost"
      And the rule "defrost.light_frost_without_recent_defrost" stays silent

  Rule: An outdoor coil frosts only while heating

    Scenario: Frost on the running outdoor unit in cool mode - the unit is heating instead
      Given the observations:
        | fact                 | value        |
        | system_type          | ducted_split |
        | mode                 | cool         |
        | outdoor_temp_f       | 45           |
        | outdoor_ice          | light_frost  |
        | outdoor_unit_running | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "reversing_valve_fault"
      And the diagnoses include "thermostat_ob_misconfigured"
      And the diagnoses do not include "normal_frost"
      And the rule "defrost.outdoor_coil_frosting_in_cooling" fires
      And the rule "defrost.no_frost_in_cooling" fires
      And the rule "defrost.light_frost_is_normal" stays silent

    Scenario: Frost left on an idle outdoor unit in cool mode is not read as a reversed valve
      Given the observations:
        | fact                 | value       |
        | mode                 | cool        |
        | outdoor_temp_f       | 40          |
        | outdoor_ice          | light_frost |
        | outdoor_unit_running | false       |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_frost"
      And the diagnoses do not include "reversing_valve_fault"
      And the rule "defrost.outdoor_coil_frosting_in_cooling" stays silent

    Scenario: Frost on a mini-split running in cool mode is its valve, never an O/B setting
      Given the observations:
        | fact                 | value       |
        | system_type          | mini_split  |
        | mode                 | cool        |
        | outdoor_ice          | light_frost |
        | outdoor_unit_running | true        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "reversing_valve_fault"
      And the diagnoses do not include "thermostat_ob_misconfigured"
      And the rule "controls.mini_split_has_no_ob_setting" fires

  Rule: Heavy ice is abnormal and needs a technician soon

    Scenario: The coil is encased in ice and nobody has watched for a defrost
      Given the observations:
        | fact        | value     |
        | mode        | heat      |
        | outdoor_ice | heavy_ice |
      When the heat pump is diagnosed
      Then the leading diagnosis is "defrost_control_failure"
      And "low_refrigerant_charge" is among the first 2 diagnoses
      And the diagnoses do not include "normal_frost"
      And the advisories include "no_sharp_tools_on_ice"
      And the advisories include "fan_may_start"
      And the advisories include "power_off_before_opening"
      And the escalation is "prompt"
      And the rule "defrost.heavy_ice_is_abnormal" fires
      And the rule "defrost.light_frost_is_normal" stays silent

    Scenario: Heavy ice and no defrost in the last 90 minutes of running
      Given the observations:
        | fact                  | value     |
        | mode                  | heat      |
        | outdoor_temp_f        | 28        |
        | outdoor_ice           | heavy_ice |
        | defrost_seen_recently | false     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "defrost_control_failure"
      And the advisories include "no_sharp_tools_on_ice"
      And the escalation is "prompt"
      And the rule "defrost.heavy_ice_no_defrost_seen" fires
      And the rule "defrost.heavy_ice_survives_defrost" stays silent

    Scenario: Heavy ice stays although the unit defrosts
      Given the observations:
        | fact                  | value     |
        | mode                  | heat      |
        | outdoor_temp_f        | 30        |
        | outdoor_ice           | heavy_ice |
        | defrost_seen_recently | true      |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the advisories include "refrigerant_certified_only"
      And the advisories include "no_sharp_tools_on_ice"
      And the escalation is "prompt"
      And the rule "defrost.heavy_ice_survives_defrost" fires
      And the rule "defrost.heavy_ice_defrost_cannot_clear" fires
      And the rule "defrost.heavy_ice_no_defrost_seen" stays silent

  Rule: The outdoor fan tells a fan failure apart

    Scenario: Heavy ice and the outdoor fan standing still while the compressor runs
      Given the observations:
        | fact                | value     |
        | mode                | heat      |
        | outdoor_ice         | heavy_ice |
        | compressor_running  | true      |
        | outdoor_fan_running | false     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "outdoor_fan_motor_failure"
      And the advisories include "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "defrost.heavy_ice_fan_stopped" fires
      And the rule "defrost.heavy_ice_fan_running" stays silent

    Scenario: Heavy ice with the outdoor fan turning normally
      Given the observations:
        | fact                | value     |
        | mode                | heat      |
        | outdoor_ice         | heavy_ice |
        | outdoor_fan_running | true      |
      When the heat pump is diagnosed
      Then the leading diagnosis is "defrost_control_failure"
      And the diagnoses do not include "outdoor_fan_motor_failure"
      And the rule "defrost.heavy_ice_fan_running" fires
      And the rule "defrost.heavy_ice_fan_stopped" stays silent

  Rule: Roof water or drifted snow feeding the ice is the owner's to fix first

    Scenario: A gutter drips onto an iced unit that still defrosts
      Given the observations:
        | fact                  | value     |
        | mode                  | heat      |
        | outdoor_ice           | heavy_ice |
        | defrost_seen_recently | true      |
        | roof_runoff_onto_unit | true      |
      When the heat pump is diagnosed
      Then the leading diagnosis is "roof_runoff_onto_unit"
      And the advisories include "no_sharp_tools_on_ice"
      And the advisories include "fan_may_start"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "prompt"
      And the rule "defrost.roof_runoff_freezes_on_coil" fires
      And the rule "defrost.heavy_ice_survives_defrost" stays silent
      And the rule "defrost.heavy_ice_defrost_cannot_clear" stays silent

    Scenario: Roof runoff over a unit with no ice on it yet
      Given the observations:
        | fact                  | value |
        | mode                  | heat  |
        | outdoor_ice           | none  |
        | roof_runoff_onto_unit | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "roof_runoff_onto_unit"
      And the escalation is "diy"
      And the rule "defrost.roof_runoff_freezes_on_coil" stays silent

    Scenario: Snow drifted against an iced unit that still defrosts
      Given the observations:
        | fact                  | value     |
        | mode                  | heat      |
        | outdoor_ice           | heavy_ice |
        | visible_debris        | snow      |
        | defrost_seen_recently | true      |
      When the heat pump is diagnosed
      Then the leading diagnosis is "blocked_outdoor_airflow"
      And the advisories include "fan_may_start"
      And the advisories include "no_sharp_tools_on_ice"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "prompt"
      And the rule "defrost.snow_drift_ices_unit" fires
      And the rule "defrost.heavy_ice_defrost_cannot_clear" stays silent

    Scenario: Snow around a unit with only a light frost
      Given the observations:
        | fact           | value       |
        | mode           | heat        |
        | outdoor_ice    | light_frost |
        | visible_debris | snow        |
      When the heat pump is diagnosed
      Then the diagnoses include "blocked_outdoor_airflow"
      And the rule "defrost.snow_drift_ices_unit" stays silent
      And the rule "defrost.heavy_ice_is_abnormal" stays silent

  Rule: The manufacturer's chart reads a frosted coil and a still fan at the defrost control

    Scenario: Low suction in heating with the outdoor coil iced over (Carrier 50HS chart)
      Given the observations:
        | fact             | value     |
        | system_type      | packaged  |
        | mode             | heat      |
        | suction_pressure | low       |
        | outdoor_ice      | heavy_ice |
        | reduced_heating  | true      |
      When the heat pump is diagnosed
      Then the leading diagnosis is "defrost_control_failure"
      And the advisories include "no_sharp_tools_on_ice"
      And the escalation is "prompt"
      And the rule "defrost.low_suction_from_frosted_outdoor_coil" fires

    Scenario: Heavy ice in heating with the suction pressure normal
      Given the observations:
        | fact             | value     |
        | system_type      | packaged  |
        | mode             | heat      |
        | suction_pressure | normal    |
        | outdoor_ice      | heavy_ice |
      When the heat pump is diagnosed
      Then the rule "defrost.low_suction_from_frosted_outdoor_coil" stays silent

    Scenario: Packaged heat pump cooling, compressor running, outdoor fan still
      Given the observations:
        | fact                | value    |
        | system_type         | packaged |
        | mode                | cool     |
        | compressor_running  | true     |
        | outdoor_fan_running | false    |
        | reduced_cooling     | true     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "defrost_control_failure"
      And the diagnoses include "outdoor_fan_motor_failure"
      And the advisories include "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "defrost.packaged_outdoor_fan_relay_cooling" fires

    Scenario: Split system cooling, compressor running, outdoor fan still - the fan motor first
      Given the observations:
        | fact                | value        |
        | system_type         | ducted_split |
        | mode                | cool         |
        | compressor_running  | true         |
        | outdoor_fan_running | false        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "outdoor_fan_motor_failure"
      And the diagnoses include "defrost_control_failure"
      And the rule "defrost.packaged_outdoor_fan_relay_cooling" stays silent

    Scenario: Packaged heat pump heating, compressor running, outdoor fan still and no steam
      Given the observations:
        | fact                | value    |
        | system_type         | packaged |
        | mode                | heat     |
        | outdoor_temp_f      | 30       |
        | compressor_running  | true     |
        | outdoor_fan_running | false    |
        | outdoor_steam       | false    |
      When the heat pump is diagnosed
      Then the diagnoses include "defrost_control_failure"
      And the escalation is "prompt"
      And the rule "defrost.packaged_outdoor_fan_relay_heating" fires

    Scenario: Packaged heat pump heating with a still outdoor fan while it steams - a defrost
      Given the observations:
        | fact                | value    |
        | system_type         | packaged |
        | mode                | heat     |
        | outdoor_temp_f      | 30       |
        | compressor_running  | true     |
        | outdoor_fan_running | false    |
        | outdoor_steam       | true     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the rule "defrost.packaged_outdoor_fan_relay_heating" stays silent

  Rule: In cooling no defrost runs: ice on the outdoor unit is a frozen suction side

    Scenario: Heavy ice on the outdoor unit in cool mode on an 85 °F day
      Given the observations:
        | fact           | value     |
        | mode           | cool      |
        | outdoor_ice    | heavy_ice |
        | outdoor_temp_f | 85        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And "dirty_air_filter" is among the first 2 diagnoses
      And the diagnoses do not include "defrost_control_failure"
      And the diagnoses do not include "base_pan_icing"
      And the rule "defrost.ice_on_outdoor_unit_in_cooling" fires
      And the rule "defrost.ice_on_outdoor_unit_in_cooling_warm_weather" fires
      And the rule "defrost.heavy_ice_is_abnormal" stays silent
      And the rule "defrost.heavy_ice_is_abnormal_mode_not_given" stays silent

    Scenario: Light frost on the outdoor unit in cool mode at 80 °F
      Given the observations:
        | fact           | value       |
        | mode           | cool        |
        | outdoor_ice    | light_frost |
        | outdoor_temp_f | 80          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses do not include "normal_frost"
      And the diagnoses do not include "reversing_valve_fault"
      And the rule "defrost.ice_on_outdoor_unit_in_cooling" fires
      And the rule "defrost.ice_on_outdoor_unit_in_cooling_warm_weather" fires

    Scenario: The same heavy ice while heating at 25 °F is a defrost matter
      Given the observations:
        | fact           | value     |
        | mode           | heat      |
        | outdoor_ice    | heavy_ice |
        | outdoor_temp_f | 25        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "defrost_control_failure"
      And the rule "defrost.ice_on_outdoor_unit_in_cooling" stays silent
      And the rule "defrost.ice_on_outdoor_unit_in_cooling_warm_weather" stays silent
      And the rule "defrost.heavy_ice_is_abnormal" fires

    Scenario: Frost in cool mode at 45 °F keeps the reversed-valve reading beside the suction side
      Given the observations:
        | fact                 | value        |
        | system_type          | ducted_split |
        | mode                 | cool         |
        | outdoor_temp_f       | 45           |
        | outdoor_ice          | light_frost  |
        | outdoor_unit_running | true         |
      When the heat pump is diagnosed
      Then the diagnoses include "low_refrigerant_charge"
      And the diagnoses include "reversing_valve_fault"
      And the rule "defrost.ice_on_outdoor_unit_in_cooling" fires
      And the rule "defrost.ice_on_outdoor_unit_in_cooling_warm_weather" stays silent

    Scenario: Heavy ice, thermostat mode not given
      Given the observations:
        | fact        | value     |
        | outdoor_ice | heavy_ice |
      When the heat pump is diagnosed
      Then the leading diagnosis is "defrost_control_failure"
      And the questions include "mode"
      And the rule "defrost.heavy_ice_is_abnormal_mode_not_given" fires
      And the rule "defrost.heavy_ice_is_abnormal" stays silent

    Scenario: Heavy ice and no defrost seen, mode not given
      Given the observations:
        | fact                  | value     |
        | outdoor_ice           | heavy_ice |
        | defrost_seen_recently | false     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "defrost_control_failure"
      And the escalation is "prompt"
      And the rule "defrost.heavy_ice_no_defrost_seen_mode_not_given" fires
      And the rule "defrost.heavy_ice_no_defrost_seen" stays silent

    Scenario: Heavy ice and no defrost seen in cool mode is not a defrost that fails to start
      Given the observations:
        | fact                  | value     |
        | mode                  | cool      |
        | outdoor_temp_f        | 85        |
        | outdoor_ice           | heavy_ice |
        | defrost_seen_recently | false     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses do not include "defrost_control_failure"
      And the rule "defrost.heavy_ice_no_defrost_seen" stays silent
      And the rule "defrost.heavy_ice_no_defrost_seen_mode_not_given" stays silent
