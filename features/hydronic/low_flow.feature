Feature: Low water or loop flow
  The heat pump needs a minimum flow through its heat exchanger (12 L/min on a Daikin Altherma split, even
  with every zone shut). Closed valves come first, then a clogged strainer, air, a weak or stopped pump,
  and glycol mixed too strong to pump. Open valves the owner has shut; never run with valves closed and
  never jumper a flow switch.

  Rule: Low or no flow is a flow fault

    Scenario Outline: Technician measures <flow> flow
      Given the observations:
        | fact        | value        |
        | system_type | air_to_water |
      And loop_flow is "<flow>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the advisories include "never_bypass_flow_protection"
      And the advisories include "isolate_before_water_circuit"
      And the rule "hydronic.low_flow_observed" fires
      And the rule "hydronic.flow_normal" stays silent

      Examples:
        | flow |
        | low  |
        | none |

    Scenario: Normal flow rules the flow faults out
      Given the observations:
        | fact             | value        |
        | system_type      | air_to_water |
        | loop_flow        | normal       |
        | zone_valves_closed | true       |
      When the heat pump is diagnosed
      Then the diagnoses do not include "low_loop_flow"
      And the rule "hydronic.flow_normal" fires
      And the rule "hydronic.low_flow_observed" stays silent

  Rule: Every zone shut starves the heat pump of flow

    Scenario: All radiator valves turned down on a mild day
      Given the observations:
        | fact               | value        |
        | system_type        | air_to_water |
        | zone_valves_closed | true         |
        | reduced_heating    | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the advisories include "never_bypass_flow_protection"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "hydronic.all_zone_valves_closed" fires

    Scenario: Zones open
      Given the observations:
        | fact               | value        |
        | system_type        | air_to_water |
        | zone_valves_closed | false        |
      When the heat pump is diagnosed
      Then the diagnoses do not include "low_loop_flow"
      And the rule "hydronic.all_zone_valves_closed" stays silent

  Rule: Glycol mixed too strong is too thick to pump

    Scenario: Low flow on a loop whose propylene glycol freezes at -10 °F
      Given the observations:
        | fact                      | value            |
        | system_type               | ground_source    |
        | antifreeze                | propylene_glycol |
        | loop_flow                 | low              |
        | antifreeze_freeze_point_f | -10              |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the rule "hydronic.glycol_too_thick" fires

    Scenario: Low flow on a loop mixed to the usual 15 °F
      Given the observations:
        | fact                      | value            |
        | system_type               | ground_source    |
        | antifreeze                | propylene_glycol |
        | loop_flow                 | low              |
        | antifreeze_freeze_point_f | 15               |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the rule "hydronic.glycol_too_thick" stays silent

  Rule: No heat from a flow fault in a cold spell is prompt

    Scenario: Flow error, no heat, -10 °C outside
      Given the observations:
        | fact           | value        |
        | system_type    | air_to_water |
        | antifreeze     | propylene_glycol |
        | loop_flow      | low          |
        | no_heating     | true         |
        | outdoor_temp_c | -10          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the escalation is "prompt"
      And the rule "hydronic.low_flow_no_heat_in_frost" fires

    Scenario: Flow error, no heat, on a mild autumn day
      Given the observations:
        | fact           | value            |
        | system_type    | air_to_water     |
        | antifreeze     | propylene_glycol |
        | loop_flow      | low              |
        | no_heating     | true             |
        | outdoor_temp_f | 50               |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the escalation is "diy"
      And the rule "hydronic.low_flow_no_heat_in_frost" stays silent

  Rule: A ground loop's flow is restored by the installer

    Scenario: Geothermal unit cooling poorly, low loop flow (there is no outdoor coil)
      Given the observations:
        | fact            | value         |
        | system_type     | ground_source |
        | loop_type       | closed        |
        | mode            | cool          |
        | outdoor_temp_f  | 92            |
        | reduced_cooling | true          |
        | loop_flow       | low           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the diagnoses do not include "blocked_outdoor_airflow"
      And the diagnoses do not include "dirty_outdoor_coil"
      And the advisories include "never_bypass_flow_protection"
      And the escalation is "routine"
      And the rule "hydronic.ground_loop_flow_needs_installer" fires
      And the rule "hydronic.ground_source_weak_cooling_water_side" fires

    Scenario: Low flow on an air-to-water circuit starts with the owner's valves
      Given the observations:
        | fact        | value        |
        | system_type | air_to_water |
        | loop_flow   | low          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the escalation is "diy"
      And the rule "hydronic.ground_loop_flow_needs_installer" stays silent

  Rule: Weak output from a ground-source unit may be the loop flow

    Scenario: Geothermal unit heating poorly
      Given the observations:
        | fact            | value         |
        | system_type     | ground_source |
        | mode            | heat          |
        | reduced_heating | true          |
      When the heat pump is diagnosed
      Then the diagnoses include "low_loop_flow"
      And the diagnoses do not include "blocked_outdoor_airflow"
      And the rule "hydronic.ground_source_weak_heating_water_side" fires

    Scenario Outline: Weak <symptom> on an air-source split is no loop question
      Given the observations:
        | fact        | value        |
        | system_type | ducted_split |
      And <symptom> is "true"
      When the heat pump is diagnosed
      Then the diagnoses do not include "low_loop_flow"
      And the rule "hydronic.ground_source_weak_cooling_water_side" stays silent
      And the rule "hydronic.ground_source_weak_heating_water_side" stays silent

      Examples:
        | symptom         |
        | reduced_cooling |
        | reduced_heating |

