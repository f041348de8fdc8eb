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

    Scenario: A light frost reported on its own is still normal
      Given outdoor_ice is "light_frost"
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_frost"
      And the escalation is "none"
      And the rule "defrost.light_frost_is_normal" fires

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
        | outdoor_ice           | light_frost |
        | defrost_seen_recently | true        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_frost"
      And the rule "defrost.light_frost_without_recent_defrost" stays silent

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
