Feature: Expansion vessel lost its pre-charge
  The expansion vessel soaks up the water's expansion as it heats. When its gas charge is gone or its
  membrane is torn, the gauge shoots up when hot (2.5 bar, about 36 psi, or more), the relief valve dumps
  water, and the circuit ends up low when cold, so the owner keeps topping up. Only a licensed installer
  re-charges a vessel, with dry nitrogen. Bar readings are converted to psi; these bands apply to sealed
  air-to-water circuits, not to ground loops that run at 40 psi by design.

  Rule: A high hot pressure or a big cold-to-hot swing points to the vessel

    Scenario: 0.8 bar cold, 2.7 bar hot
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | system_pressure_cold_bar | 0.8          |
        | system_pressure_hot_bar  | 2.7          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "expansion_vessel_failure"
      And the diagnoses do not include "normal_pressure_rise_when_hot"
      And the advisories include "expansion_vessel_installer_only"
      And the advisories include "relief_valve_never_capped"
      And the escalation is "routine"
      And the rule "hydronic.hot_pressure_too_high" fires
      And the rule "hydronic.large_hot_cold_swing" fires

    Scenario: A 1.2 bar swing that stays under 2.5 bar hot
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | system_pressure_cold_bar | 1.0          |
        | system_pressure_hot_bar  | 2.2          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "expansion_vessel_failure"
      And the rule "hydronic.large_hot_cold_swing" fires
      And the rule "hydronic.hot_pressure_too_high" stays silent

    Scenario: A ground loop at 50 psi is not judged on the hydronic bar bands
      Given the observations:
        | fact                     | value         |
        | system_type              | ground_source |
        | system_pressure_cold_psi | 45            |
        | system_pressure_hot_psi  | 50            |
      When the heat pump is diagnosed
      Then the diagnoses do not include "expansion_vessel_failure"
      And the rule "hydronic.hot_pressure_too_high" stays silent
      And the rule "hydronic.cold_pressure_too_high" stays silent
      And the rule "hydronic.large_hot_cold_swing" stays silent

  Rule: Persistently above 2 bar cold is overfilled or a vessel fault

    Scenario: 2.3 bar with the system cold
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | system_pressure_cold_bar | 2.3          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "expansion_vessel_failure"
      And the diagnoses do not include "low_system_pressure"
      And the escalation is "routine"
      And the rule "hydronic.cold_pressure_too_high" fires

    Scenario: 1.4 bar cold is in the normal band
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | system_pressure_cold_bar | 1.4          |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "hydronic.cold_pressure_too_high" stays silent
