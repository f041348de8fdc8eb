Feature: Loop freeze or low entering-water-temperature lockout
  The water-coil freeze sensor (FP1 / LT1, "code 4" on many controls) locks the heat pump out at the first
  freeze fault. The usual culprit on an antifreeze loop is a sensor left on its factory 30 °F water-only
  setting; then low flow, weak antifreeze or a failed pump. Record the code, reset once at most, and never
  jumper the sensor.

  Rule: A freeze lockout is a frozen or freezing water circuit until proven otherwise

    Scenario: Freeze lockout, nothing else known
      Given water_freeze_lockout is "true"
      When the heat pump is diagnosed
      Then the leading diagnosis is "frozen_water_circuit"
      And the advisories include "no_repeated_freeze_resets"
      And the advisories include "never_bypass_flow_protection"
      And the escalation is "prompt"
      And the rule "hydronic.freeze_lockout_reported" fires

    Scenario: No lockout on the board
      Given the observations:
        | fact                 | value         |
        | system_type          | ground_source |
        | water_freeze_lockout | false         |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the advisories do not include "no_repeated_freeze_resets"
      And the rule "hydronic.freeze_lockout_reported" stays silent

  Rule: On an antifreeze loop, check the freeze sensor's setting first

    Scenario: Lockouts every cold night on a glycol loop
      Given the observations:
        | fact                 | value            |
        | system_type          | ground_source    |
        | loop_type            | closed           |
        | antifreeze           | propylene_glycol |
        | water_freeze_lockout | true             |
        | outdoor_temp_f       | 3                |
      When the heat pump is diagnosed
      Then "freeze_protection_setting_wrong" is among the first 2 diagnoses
      And the advisories include "no_repeated_freeze_resets"
      And the advisories include "no_plain_water_top_up"
      And the escalation is "prompt"
      And the rule "hydronic.freeze_lockout_on_antifreeze_loop" fires

    Scenario: Loop 15 °F above its freeze point and still locking out
      Given the observations:
        | fact                      | value            |
        | system_type               | ground_source    |
        | antifreeze                | methanol         |
        | water_freeze_lockout      | true             |
        | entering_water_temp_f     | 30               |
        | antifreeze_freeze_point_f | 15               |
      When the heat pump is diagnosed
      Then the leading diagnosis is "freeze_protection_setting_wrong"
      And the diagnoses do not include "antifreeze_concentration_low"
      And the escalation is "prompt"
      And the rule "hydronic.freeze_lockout_loop_temperature_healthy" fires

    Scenario: Lockout with the loop fluid close to its freeze point is weak antifreeze
      Given the observations:
        | fact                      | value            |
        | system_type               | ground_source    |
        | antifreeze                | propylene_glycol |
        | water_freeze_lockout      | true             |
        | entering_water_temp_f     | 27               |
        | antifreeze_freeze_point_f | 24               |
      When the heat pump is diagnosed
      Then "antifreeze_concentration_low" is among the first 3 diagnoses
      And the escalation is "prompt"
      And the rule "hydronic.freeze_lockout_loop_temperature_healthy" stays silent

    Scenario: Water-only loop: the 30 °F setting is the right one
      Given the observations:
        | fact                 | value         |
        | system_type          | ground_source |
        | loop_type            | open          |
        | antifreeze           | none          |
        | water_freeze_lockout | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "frozen_water_circuit"
      And the diagnoses do not include "freeze_protection_setting_wrong"
      And the rule "hydronic.freeze_lockout_water_only_loop" fires
      And the rule "hydronic.freeze_lockout_on_antifreeze_loop" stays silent

    Scenario: Glycol loop lockout is not the water-only case
      Given the observations:
        | fact                 | value            |
        | system_type          | ground_source    |
        | antifreeze           | ethylene_glycol  |
        | water_freeze_lockout | true             |
      When the heat pump is diagnosed
      Then the rule "hydronic.freeze_lockout_water_only_loop" stays silent

  Rule: Low flow freezes the water in the heat exchanger

    Scenario: Freeze lockout with low loop flow
      Given the observations:
        | fact                 | value            |
        | system_type          | ground_source    |
        | antifreeze           | propylene_glycol |
        | water_freeze_lockout | true             |
        | loop_flow            | low              |
      When the heat pump is diagnosed
      Then "low_loop_flow" is among the first 2 diagnoses
      And the advisories include "never_bypass_flow_protection"
      And the escalation is "prompt"
      And the rule "hydronic.freeze_lockout_low_flow" fires

    Scenario: Freeze lockout with the flow measured normal
      Given the observations:
        | fact                 | value            |
        | system_type          | ground_source    |
        | antifreeze           | propylene_glycol |
        | water_freeze_lockout | true             |
        | loop_flow            | normal           |
      When the heat pump is diagnosed
      Then the diagnoses do not include "low_loop_flow"
      And the rule "hydronic.freeze_lockout_low_flow" stays silent
