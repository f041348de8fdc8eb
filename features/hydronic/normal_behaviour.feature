Feature: Normal behaviour of ground loops and sealed water circuits
  A closed ground loop with antifreeze runs at about 25-32 °F in deep winter, with long run times and a
  little supplementary heat on the coldest days. Loop pressure falls in summer and comes back in winter.
  A sealed heating circuit's gauge climbs a few psi (about 0.3-0.5 bar) as the water heats up. None of
  this needs a call-out.

  Rule: A cold antifreeze loop in deep winter is normal

    Scenario Outline: Loop at <ewt> °F with <fluid> in January
      Given the observations:
        | fact            | value         |
        | system_type     | ground_source |
        | loop_type       | closed        |
        | outdoor_temp_f  | 4             |
      And antifreeze is "<fluid>"
      And entering_water_temp_f is "<ewt>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_cold_loop_operation"
      And "normal_cold_loop_operation" is a normal finding
      And the escalation is "none"
      And nothing further is needed if that does not fix it
      And the rule "hydronic.cold_loop_in_deep_winter" fires

      Examples:
        | fluid            | ewt |
        | propylene_glycol | 28  |
        | methanol         | 25  |
        | ethanol          | 32  |

    Scenario: A loop at 38 °F is not the deep-winter case
      Given the observations:
        | fact                  | value            |
        | system_type           | ground_source    |
        | antifreeze            | propylene_glycol |
        | entering_water_temp_f | 38               |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_cold_loop_operation"
      And the rule "hydronic.cold_loop_in_deep_winter" stays silent

    Scenario: Long runs and backup heat on a healthy cold loop are expected
      Given the observations:
        | fact                      | value            |
        | system_type               | ground_source    |
        | antifreeze                | propylene_glycol |
        | entering_water_temp_f     | 27               |
        | antifreeze_freeze_point_f | 15               |
        | runs_constantly           | true             |
        | aux_heat_on               | true             |
        | outdoor_temp_f            | -6               |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_cold_loop_operation"
      And the derived antifreeze_margin_f is 12
      And the rule "hydronic.cold_loop_long_runs" fires
      And the rule "hydronic.cold_loop_supplementary_heat" fires
      And the rule "hydronic.antifreeze_margin_thin" stays silent

    Scenario: Long runs with a loop at 45 °F are not explained by a cold loop
      Given the observations:
        | fact                  | value         |
        | system_type           | ground_source |
        | entering_water_temp_f | 45            |
        | runs_constantly       | true          |
        | aux_heat_on           | true          |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_cold_loop_operation"
      And the rule "hydronic.cold_loop_long_runs" stays silent
      And the rule "hydronic.cold_loop_supplementary_heat" stays silent

    Scenario: A freeze lockout on a cold loop is not written off as normal
      Given the observations:
        | fact                  | value            |
        | system_type           | ground_source    |
        | antifreeze            | propylene_glycol |
        | entering_water_temp_f | 29               |
        | water_freeze_lockout  | true             |
      When the heat pump is diagnosed
      Then the leading diagnosis is "freeze_protection_setting_wrong"
      And the escalation is "prompt"
      And the rule "hydronic.freeze_lockout_is_not_normal" fires

    Scenario: No lockout, so the cold loop stays normal
      Given the observations:
        | fact                  | value            |
        | system_type           | ground_source    |
        | antifreeze            | propylene_glycol |
        | entering_water_temp_f | 29               |
        | water_freeze_lockout  | false            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_cold_loop_operation"
      And the rule "hydronic.freeze_lockout_is_not_normal" stays silent

  Rule: A cold loop is not normal when the unit has stopped heating or locked out on freeze

    Scenario: Cold loop, but the house gets no heat at all
      Given the observations:
        | fact                  | value            |
        | system_type           | ground_source    |
        | antifreeze            | propylene_glycol |
        | entering_water_temp_f | 29               |
        | no_heating            | true             |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_cold_loop_operation"
      And the rule "hydronic.cold_loop_not_normal_without_heat" fires

    Scenario: Cold loop with the heat still coming is left alone
      Given the observations:
        | fact                  | value            |
        | system_type           | ground_source    |
        | antifreeze            | propylene_glycol |
        | entering_water_temp_f | 29               |
        | no_heating            | false            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_cold_loop_operation"
      And the rule "hydronic.cold_loop_not_normal_without_heat" stays silent

    Scenario: ClimateMaster CXM code 4 lockout on a loop that looks normally cold
      Given the observations:
        | fact                      | value            |
        | system_type               | ground_source    |
        | loop_type                 | closed           |
        | brand                     | ClimateMaster    |
        | product_family            | CXM              |
        | error_code                | 4                |
        | mode                      | heat             |
        | antifreeze                | propylene_glycol |
        | antifreeze_freeze_point_f | 14               |
        | entering_water_temp_f     | 29               |
        | loop_flow                 | normal           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "freeze_protection_setting_wrong"
      And the advisories include "no_repeated_freeze_resets"
      And the rule "hydronic.cold_loop_not_normal_after_freeze_lockout" fires

    Scenario: The same code without the loop temperature is not weighed against a normal loop
      Given the observations:
        | fact           | value         |
        | system_type    | ground_source |
        | brand          | ClimateMaster |
        | product_family | CXM           |
        | error_code     | 4             |
      When the heat pump is diagnosed
      Then the rule "hydronic.cold_loop_not_normal_after_freeze_lockout" stays silent

  Rule: Ground-loop pressure follows the seasons

    Scenario: Loop down from 45 to 25 psi in July
      Given the observations:
        | fact                      | value         |
        | system_type               | ground_source |
        | loop_type                 | closed        |
        | commissioned_pressure_psi | 45            |
        | system_pressure_cold_psi  | 25            |
        | outdoor_temp_f            | 88            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_seasonal_loop_pressure"
      And "normal_seasonal_loop_pressure" is a normal finding
      And the derived loop_pressure_loss_psi is 20
      And the escalation is "none"
      And the rule "hydronic.derive_loop_pressure_loss" fires
      And the rule "hydronic.summer_loop_pressure_drop" fires
      And the rule "hydronic.winter_loop_pressure_loss" stays silent

    Scenario: Loop down from 45 to 25 psi in July, and fluid seen dripping at the flow centre
      Given the observations:
        | fact                      | value         |
        | system_type               | ground_source |
        | loop_type                 | closed        |
        | commissioned_pressure_psi | 45            |
        | system_pressure_cold_psi  | 25            |
        | outdoor_temp_f            | 88            |
        | loop_fluid_leak_visible   | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "loop_fluid_leak"
      And the diagnoses do not include "normal_seasonal_loop_pressure"
      And the advisories include "no_plain_water_top_up"
      And the escalation is "prompt"
      And the rule "hydronic.summer_loop_pressure_drop" fires
      And the rule "hydronic.visible_leak_is_not_seasonal" fires
      And the rule "hydronic.fluid_leak_ground_loop_refill" fires

    Scenario: Loop down in July with the fittings seen dry
      Given the observations:
        | fact                      | value         |
        | system_type               | ground_source |
        | commissioned_pressure_psi | 45            |
        | system_pressure_cold_psi  | 25            |
        | outdoor_temp_f            | 88            |
        | loop_fluid_leak_visible   | false         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_seasonal_loop_pressure"
      And the rule "hydronic.visible_leak_is_not_seasonal" stays silent

    Scenario: Summer loop below the 15 psi minimum is not seasonal any more
      Given the observations:
        | fact                      | value         |
        | system_type               | ground_source |
        | commissioned_pressure_psi | 45            |
        | system_pressure_cold_psi  | 12            |
        | outdoor_temp_f            | 85            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_system_pressure"
      And the diagnoses do not include "normal_seasonal_loop_pressure"
      And the escalation is "routine"
      And the rule "hydronic.summer_loop_pressure_drop" stays silent

    Scenario: Loop 20 psi under its start-up pressure in mid-winter is losing fluid
      Given the observations:
        | fact                      | value            |
        | system_type               | ground_source    |
        | antifreeze                | propylene_glycol |
        | commissioned_pressure_psi | 50               |
        | system_pressure_cold_psi  | 30               |
        | outdoor_temp_f            | 15               |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_system_pressure"
      And the diagnoses include "loop_fluid_leak"
      And the diagnoses do not include "normal_seasonal_loop_pressure"
      And the advisories include "no_plain_water_top_up"
      And the escalation is "routine"
      And the rule "hydronic.winter_loop_pressure_loss" fires

    Scenario: A loop a few psi under start-up in winter is within the gauge's scatter
      Given the observations:
        | fact                      | value         |
        | system_type               | ground_source |
        | commissioned_pressure_psi | 45            |
        | system_pressure_cold_psi  | 41            |
        | outdoor_temp_f            | 20            |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "hydronic.winter_loop_pressure_loss" stays silent

    Scenario: Without a start-up record there is nothing to compare
      Given the observations:
        | fact                     | value         |
        | system_type              | ground_source |
        | system_pressure_cold_psi | 30            |
      When the heat pump is diagnosed
      Then the rule "hydronic.derive_loop_pressure_loss" stays silent

  Rule: A sealed water circuit's pressure rises a little when hot

    Scenario Outline: Air-to-water circuit at <cold> bar cold and <hot> bar hot
      Given the observations:
        | fact        | value        |
        | system_type | air_to_water |
      And system_pressure_cold_bar is "<cold>"
      And system_pressure_hot_bar is "<hot>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_pressure_rise_when_hot"
      And "normal_pressure_rise_when_hot" is a normal finding
      And the escalation is "none"
      And the rule "hydronic.derive_pressure_rise" fires
      And the rule "hydronic.normal_hot_pressure_rise" fires

      Examples:
        | cold | hot |
        | 1.2  | 1.6 |
        | 1.0  | 1.5 |
        | 1.5  | 2.0 |

    Scenario: The same readings in psi give the same answer
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | system_pressure_cold_psi | 18           |
        | system_pressure_hot_psi  | 24           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_pressure_rise_when_hot"
      And the derived system_pressure_rise_psi is 6

    Scenario: Only a hot reading: the rise cannot be judged
      Given the observations:
        | fact                    | value        |
        | system_type             | air_to_water |
        | system_pressure_hot_bar | 1.7          |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_pressure_rise_when_hot"
      And the rule "hydronic.derive_pressure_rise" stays silent
      And the rule "hydronic.normal_hot_pressure_rise" stays silent

  Rule: A cold loop is normal only with antifreeze in a closed loop; plain water or well water below 35 °F can freeze

    Scenario: Plain-water ground loop at 28 °F running constantly is a freeze risk, not a cold loop
      Given the observations:
        | fact                  | value         |
        | system_type           | ground_source |
        | mode                  | heat          |
        | antifreeze            | none          |
        | entering_water_temp_f | 28            |
        | runs_constantly       | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "frozen_water_circuit"
      And the diagnoses do not include "normal_cold_loop_operation"
      And the escalation is "prompt"
      And the rule "hydronic.plain_water_loop_near_freezing" fires
      And the rule "hydronic.cold_loop_long_runs" stays silent
      And the rule "hydronic.cold_loop_long_runs_fluid_unknown" stays silent

    Scenario: Plain-water ground loop at 28 °F with nothing else reported
      Given the observations:
        | fact                  | value         |
        | system_type           | ground_source |
        | mode                  | heat          |
        | antifreeze            | none          |
        | entering_water_temp_f | 28            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "frozen_water_circuit"
      And the escalation is "prompt"
      And the rule "hydronic.plain_water_loop_near_freezing" fires

    Scenario: Plain-water loop entering at 40 °F is above the water freeze threshold
      Given the observations:
        | fact                  | value         |
        | system_type           | ground_source |
        | mode                  | heat          |
        | antifreeze            | none          |
        | entering_water_temp_f | 40            |
      When the heat pump is diagnosed
      Then the diagnoses do not include "frozen_water_circuit"
      And the rule "hydronic.plain_water_loop_near_freezing" stays silent

    Scenario: Open well-water loop entering at 28 °F and running constantly
      Given the observations:
        | fact                  | value         |
        | system_type           | ground_source |
        | mode                  | heat          |
        | loop_type             | open          |
        | entering_water_temp_f | 28            |
        | runs_constantly       | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "frozen_water_circuit"
      And the diagnoses do not include "normal_cold_loop_operation"
      And the escalation is "prompt"
      And the rule "hydronic.open_loop_near_freezing" fires
      And the rule "hydronic.cold_loop_long_runs_fluid_unknown" stays silent
      And the rule "hydronic.cold_loop_long_runs_loop_and_fluid_unknown" stays silent

    Scenario: Open well-water loop entering at 48 °F is ordinary groundwater
      Given the observations:
        | fact                  | value         |
        | system_type           | ground_source |
        | mode                  | heat          |
        | loop_type             | open          |
        | entering_water_temp_f | 48            |
      When the heat pump is diagnosed
      Then the diagnoses do not include "frozen_water_circuit"
      And the rule "hydronic.open_loop_near_freezing" stays silent

    Scenario: Closed loop at 28 °F running constantly, fluid not known: only weakly normal
      Given the observations:
        | fact                  | value         |
        | system_type           | ground_source |
        | mode                  | heat          |
        | loop_type             | closed        |
        | entering_water_temp_f | 28            |
        | runs_constantly       | true          |
        | aux_heat_on           | true          |
      When the heat pump is diagnosed
      Then the questions include "antifreeze"
      And the rule "hydronic.cold_loop_long_runs_fluid_unknown" fires
      And the rule "hydronic.cold_loop_supplementary_heat_fluid_unknown" fires
      And the rule "hydronic.cold_loop_long_runs" stays silent
      And the rule "hydronic.cold_loop_long_runs_loop_and_fluid_unknown" stays silent

    Scenario: Loop at 28 °F running constantly, neither loop type nor fluid known: only weakly normal
      Given the observations:
        | fact                  | value         |
        | system_type           | ground_source |
        | mode                  | heat          |
        | entering_water_temp_f | 28            |
        | runs_constantly       | true          |
        | aux_heat_on           | true          |
      When the heat pump is diagnosed
      Then the questions include "antifreeze"
      And the rule "hydronic.cold_loop_long_runs_loop_and_fluid_unknown" fires
      And the rule "hydronic.cold_loop_supplementary_heat_loop_and_fluid_unknown" fires
      And the rule "hydronic.cold_loop_long_runs_fluid_unknown" stays silent

    Scenario: Glycol loop at 28 °F running constantly with backup heat is normal
      Given the observations:
        | fact                  | value            |
        | system_type           | ground_source    |
        | mode                  | heat             |
        | antifreeze            | propylene_glycol |
        | entering_water_temp_f | 28               |
        | runs_constantly       | true             |
        | aux_heat_on           | true             |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_cold_loop_operation"
      And the rule "hydronic.cold_loop_long_runs" fires
      And the rule "hydronic.cold_loop_supplementary_heat" fires
      And the rule "hydronic.cold_loop_supplementary_heat_fluid_unknown" stays silent
      And the rule "hydronic.plain_water_loop_near_freezing" stays silent

    Scenario: Glycol loop at 28 °F with no backup heat on
      Given the observations:
        | fact                  | value            |
        | system_type           | ground_source    |
        | mode                  | heat             |
        | antifreeze            | propylene_glycol |
        | entering_water_temp_f | 28               |
        | aux_heat_on           | false            |
      When the heat pump is diagnosed
      Then the rule "hydronic.cold_loop_supplementary_heat" stays silent

    Scenario: Closed loop at 28 °F, fluid not known, no backup heat on
      Given the observations:
        | fact                  | value         |
        | system_type           | ground_source |
        | mode                  | heat          |
        | loop_type             | closed        |
        | entering_water_temp_f | 28            |
        | aux_heat_on           | false         |
      When the heat pump is diagnosed
      Then the rule "hydronic.cold_loop_supplementary_heat_fluid_unknown" stays silent
