Feature: Freeze risk when a water-only circuit loses power or flow
  A monobloc that runs on plain water relies on software freeze protection: the pump runs when it gets cold.
  A power cut, a stopped pump or a flow fault in sub-zero weather switches that protection off, and the
  outdoor water circuit can freeze. Restore power and flow or have the circuit drained, and get a
  professional soon. Glycol circuits are protected down to their freeze point.

  Rule: Power or flow lost below freezing on a water-only circuit is prompt

    Scenario Outline: Water-only monobloc, <fact> is <value>, -8 °C outside
      Given the observations:
        | fact           | value        |
        | system_type    | air_to_water |
        | antifreeze     | none         |
        | outdoor_temp_c | -8           |
      And <fact> is "<value>"
      When the heat pump is diagnosed
      Then the first advisory is "freeze_risk_power_cut"
      And the diagnoses include "frozen_water_circuit"
      And the escalation is "prompt"
      And the rule "<derive>" fires
      And the rule "hydronic.monobloc_without_glycol_freeze_risk" fires

      Examples:
        | fact               | value | derive                                 |
        | power_cut_hours    | 6     | hydronic.circulation_lost_power_cut    |
        | loop_flow          | none  | hydronic.circulation_lost_no_flow      |
        | circulator_running | false | hydronic.circulation_lost_pump_stopped |

    Scenario: The same power cut on a mild day
      Given the observations:
        | fact            | value        |
        | system_type     | air_to_water |
        | antifreeze      | none         |
        | power_cut_hours | 6            |
        | outdoor_temp_f  | 45           |
      When the heat pump is diagnosed
      Then the advisories do not include "freeze_risk_power_cut"
      And there is no diagnosis
      And the rule "hydronic.monobloc_without_glycol_freeze_risk" stays silent

    Scenario: A glycol-filled monobloc rides out the power cut
      Given the observations:
        | fact            | value            |
        | system_type     | air_to_water     |
        | antifreeze      | propylene_glycol |
        | power_cut_hours | 6                |
        | outdoor_temp_f  | 20               |
      When the heat pump is diagnosed
      Then the advisories do not include "freeze_risk_power_cut"
      And the rule "hydronic.monobloc_without_glycol_freeze_risk" stays silent
      And the rule "hydronic.monobloc_unknown_fluid_freeze_risk" stays silent

    Scenario: No power cut, pump running, flow normal
      Given the observations:
        | fact               | value        |
        | system_type        | air_to_water |
        | antifreeze         | none         |
        | power_cut_hours    | 0            |
        | circulator_running | true         |
        | loop_flow          | normal       |
        | outdoor_temp_f     | 20           |
      When the heat pump is diagnosed
      Then the advisories do not include "freeze_risk_power_cut"
      And the rule "hydronic.circulation_lost_power_cut" stays silent
      And the rule "hydronic.circulation_lost_no_flow" stays silent
      And the rule "hydronic.circulation_lost_pump_stopped" stays silent

  Rule: When nobody knows whether there is glycol, assume there is none

    Scenario: Eight-hour power cut at 15 °F, fluid unknown
      Given the observations:
        | fact            | value        |
        | system_type     | air_to_water |
        | power_cut_hours | 8            |
        | outdoor_temp_f  | 15           |
      When the heat pump is diagnosed
      Then the first advisory is "freeze_risk_power_cut"
      And the escalation is "prompt"
      And the rule "hydronic.monobloc_unknown_fluid_freeze_risk" fires

    Scenario: A ground-source unit indoors is not this case
      Given the observations:
        | fact            | value         |
        | system_type     | ground_source |
        | power_cut_hours | 8             |
        | outdoor_temp_f  | 15            |
      When the heat pump is diagnosed
      Then the advisories do not include "freeze_risk_power_cut"
      And the rule "hydronic.monobloc_unknown_fluid_freeze_risk" stays silent

  Rule: Power off now means no pump and no freeze protection, counted in hours or not

    Scenario: A water-only monobloc with the power off in hard frost can freeze
      Given the observations:
        | fact           | value        |
        | system_type    | air_to_water |
        | antifreeze     | none         |
        | power_state    | off          |
        | outdoor_temp_f | 10           |
      When the heat pump is diagnosed
      Then the rule "hydronic.circulation_lost_power_off" fires
      And the rule "hydronic.monobloc_without_glycol_freeze_risk" fires
      And the advisories include "freeze_risk_power_cut"
      And the leading diagnosis is "frozen_water_circuit"

    Scenario: With the power on, nothing says the circulation stopped
      Given the observations:
        | fact           | value        |
        | system_type    | air_to_water |
        | antifreeze     | none         |
        | power_state    | on           |
        | outdoor_temp_f | 10           |
      When the heat pump is diagnosed
      Then the rule "hydronic.circulation_lost_power_off" stays silent

  Rule: Exposed monobloc pipes freeze at 32 °F and a few degrees above it: the bound is at most 35 °F

    Scenario Outline: A water-only monobloc with the power off at <temp> °F can freeze
      Given the observations:
        | fact           | value        |
        | system_type    | air_to_water |
        | antifreeze     | none         |
        | power_state    | off          |
        | outdoor_temp_f | <temp>       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "frozen_water_circuit"
      And the advisories include "freeze_risk_power_cut"
      And the escalation is "prompt"
      And the rule "hydronic.monobloc_without_glycol_freeze_risk" fires

      Examples:
        | temp |
        | 32   |
        | 33   |
        | 35   |

    Scenario: A water-only monobloc with the power off at 36 °F is past the bound
      Given the observations:
        | fact           | value        |
        | system_type    | air_to_water |
        | antifreeze     | none         |
        | power_state    | off          |
        | outdoor_temp_f | 36           |
      When the heat pump is diagnosed
      Then the advisories do not include "freeze_risk_power_cut"
      And the rule "hydronic.monobloc_without_glycol_freeze_risk" stays silent

    Scenario: Fluid unknown, power off at 34 °F
      Given the observations:
        | fact           | value        |
        | system_type    | air_to_water |
        | power_state    | off          |
        | outdoor_temp_f | 34           |
      When the heat pump is diagnosed
      Then the advisories include "freeze_risk_power_cut"
      And the escalation is "prompt"
      And the rule "hydronic.monobloc_unknown_fluid_freeze_risk" fires

    Scenario: Fluid unknown, power off at 38 °F
      Given the observations:
        | fact           | value        |
        | system_type    | air_to_water |
        | power_state    | off          |
        | outdoor_temp_f | 38           |
      When the heat pump is diagnosed
      Then the advisories do not include "freeze_risk_power_cut"
      And the rule "hydronic.monobloc_unknown_fluid_freeze_risk" stays silent
