Feature: Antifreeze too weak or degraded
  Too little antifreeze at start-up, water top-ups after leaks, or glycol that has broken down leave the
  loop's freeze point too close to the fluid temperature. The target is a freeze point at least 5 °F below
  the coldest the fluid will see: the entering water on a ground loop, the outdoor air on a monobloc. A
  freeze point at or above today's temperature can burst the heat exchanger: get a professional soon.

  Rule: The loop fluid must stay at least 5 °F above its own freeze point

    Scenario Outline: Loop at <ewt> °F, fluid freezes at <fp> °F
      Given the observations:
        | fact        | value            |
        | system_type | ground_source    |
        | antifreeze  | propylene_glycol |
      And entering_water_temp_f is "<ewt>"
      And antifreeze_freeze_point_f is "<fp>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "antifreeze_concentration_low"
      And the diagnoses do not include "normal_cold_loop_operation"
      And the advisories include "antifreeze_hazard"
      And the advisories include "no_plain_water_top_up"
      And the derived antifreeze_margin_f is <margin>
      And the escalation is "<level>"
      And the rule "hydronic.derive_antifreeze_margin" fires
      And the rule "hydronic.antifreeze_margin_thin" fires

      Examples:
        | ewt | fp | margin | level   |
        | 28  | 25 | 3      | routine |
        | 30  | 26 | 4      | routine |
        | 26  | 26 | 0      | prompt  |
        | 25  | 27 | -2     | prompt  |

    Scenario: Loop at 28 °F with fluid good to 15 °F
      Given the observations:
        | fact                      | value            |
        | system_type               | ground_source    |
        | antifreeze                | propylene_glycol |
        | entering_water_temp_f     | 28               |
        | antifreeze_freeze_point_f | 15               |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_cold_loop_operation"
      And the diagnoses do not include "antifreeze_concentration_low"
      And the rule "hydronic.antifreeze_margin_thin" stays silent
      And the rule "hydronic.antifreeze_freeze_point_reached" stays silent

    Scenario: Freeze point measured, loop temperature not known
      Given the observations:
        | fact                      | value            |
        | system_type               | ground_source    |
        | antifreeze                | propylene_glycol |
        | antifreeze_freeze_point_f | 15               |
      When the heat pump is diagnosed
      Then the rule "hydronic.derive_antifreeze_margin" stays silent

    Scenario: Fluid at its freeze point
      Given the observations:
        | fact                      | value           |
        | system_type               | ground_source   |
        | antifreeze                | ethylene_glycol |
        | entering_water_temp_f     | 24              |
        | antifreeze_freeze_point_f | 25              |
      When the heat pump is diagnosed
      Then the leading diagnosis is "antifreeze_concentration_low"
      And the diagnoses include "frozen_water_circuit"
      And the escalation is "prompt"
      And the rule "hydronic.antifreeze_freeze_point_reached" fires

  Rule: A monobloc's glycol must stand the outdoor cold

    Scenario Outline: Monobloc glycol good to <fp> °F with <out> °F outside
      Given the observations:
        | fact        | value            |
        | system_type | air_to_water     |
        | antifreeze  | propylene_glycol |
      And antifreeze_freeze_point_f is "<fp>"
      And outdoor_temp_f is "<out>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "antifreeze_concentration_low"
      And the escalation is "<level>"
      And the rule "hydronic.derive_antifreeze_outdoor_margin" fires
      And the rule "hydronic.monobloc_glycol_too_weak_for_weather" fires

      Examples:
        | fp | out | level   |
        | 10 | 14  | routine |
        | 20 | 14  | prompt  |

    Scenario: Monobloc glycol good to -15 °F on a 14 °F night
      Given the observations:
        | fact                      | value            |
        | system_type               | air_to_water     |
        | antifreeze                | propylene_glycol |
        | antifreeze_freeze_point_f | -15              |
        | outdoor_temp_f            | 14               |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "hydronic.monobloc_glycol_too_weak_for_weather" stays silent
      And the rule "hydronic.monobloc_glycol_below_freeze_point" stays silent

    Scenario: Below the glycol's freeze point outside
      Given the observations:
        | fact                      | value            |
        | system_type               | air_to_water     |
        | antifreeze                | propylene_glycol |
        | antifreeze_freeze_point_f | 5                |
        | outdoor_temp_f            | 0                |
      When the heat pump is diagnosed
      Then the escalation is "prompt"
      And the rule "hydronic.monobloc_glycol_below_freeze_point" fires

    Scenario: Ground loop readings are not compared with the outdoor air
      Given the observations:
        | fact                      | value            |
        | system_type               | ground_source    |
        | antifreeze                | propylene_glycol |
        | antifreeze_freeze_point_f | 15               |
        | outdoor_temp_f            | 5                |
      When the heat pump is diagnosed
      Then the rule "hydronic.derive_antifreeze_outdoor_margin" stays silent

  Rule: Antifreeze is tested every year

    Scenario: Glycol last tested four years ago
      Given the observations:
        | fact                         | value            |
        | system_type                  | ground_source    |
        | antifreeze                   | propylene_glycol |
        | antifreeze_last_tested_years | 4                |
      When the heat pump is diagnosed
      Then the leading diagnosis is "antifreeze_concentration_low"
      And the escalation is "routine"
      And the rule "hydronic.antifreeze_test_overdue" fires

    Scenario: Glycol tested last autumn
      Given the observations:
        | fact                         | value            |
        | system_type                  | ground_source    |
        | antifreeze                   | propylene_glycol |
        | antifreeze_last_tested_years | 0.5              |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "hydronic.antifreeze_test_overdue" stays silent

  Rule: A closed loop must hold antifreeze

    Scenario: Closed loop on plain water at 33 °F
      Given the observations:
        | fact                  | value         |
        | system_type           | ground_source |
        | loop_type             | closed        |
        | antifreeze            | none          |
        | entering_water_temp_f | 33            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "antifreeze_concentration_low"
      And the diagnoses include "frozen_water_circuit"
      And the diagnoses do not include "normal_cold_loop_operation"
      And the escalation is "prompt"
      And the rule "hydronic.closed_loop_without_antifreeze" fires
      And the rule "hydronic.plain_water_loop_near_freezing" fires

    Scenario: Open loop on well water at 48 °F needs no antifreeze
      Given the observations:
        | fact                  | value         |
        | system_type           | ground_source |
        | loop_type             | open          |
        | antifreeze            | none          |
        | entering_water_temp_f | 48            |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "hydronic.closed_loop_without_antifreeze" stays silent
