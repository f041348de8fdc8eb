Feature: Pressure relief valve dripping
  A relief valve that keeps discharging is never normal: most often the expansion vessel lets the pressure
  reach the valve's set point (about 3 bar, 43.5 psi). If the valve weeps while the gauge stays well under
  that, grit on the seat or a worn valve is to blame. The discharge can be hot; never cap or plug it.

  Rule: A dripping relief valve points first to the expansion vessel

    Scenario: Relief valve weeping, no gauge reading yet
      Given the observations:
        | fact                  | value        |
        | system_type           | air_to_water |
        | relief_valve_dripping | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "expansion_vessel_failure"
      And the diagnoses include "relief_valve_passing"
      And the advisories include "relief_valve_never_capped"
      And the escalation is "routine"
      And the rule "hydronic.relief_valve_dripping" fires

    Scenario: Dry relief valve
      Given the observations:
        | fact                  | value        |
        | system_type           | air_to_water |
        | relief_valve_dripping | false        |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the advisories do not include "relief_valve_never_capped"
      And the rule "hydronic.relief_valve_dripping" stays silent

  Rule: The gauge reading when it drips tells vessel from valve

    Scenario: Dripping with the gauge at 2.9 bar hot: the valve is doing its job
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | relief_valve_dripping    | true         |
        | system_pressure_cold_bar | 0.9          |
        | system_pressure_hot_bar  | 2.9          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "expansion_vessel_failure"
      And the diagnoses do not include "relief_valve_passing"
      And the advisories include "expansion_vessel_installer_only"
      And the rule "hydronic.relief_valve_lifting_at_set_point" fires
      And the rule "hydronic.relief_valve_passing_below_set_point" stays silent

    Scenario: Dripping although the gauge never passes 1.8 bar hot: the seat is passing
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | relief_valve_dripping    | true         |
        | system_pressure_cold_bar | 1.4          |
        | system_pressure_hot_bar  | 1.8          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "relief_valve_passing"
      And the diagnoses do not include "normal_pressure_rise_when_hot"
      And the advisories include "relief_valve_never_capped"
      And the escalation is "routine"
      And the rule "hydronic.relief_valve_passing_below_set_point" fires
      And the rule "hydronic.relief_valve_lifting_at_set_point" stays silent

  Rule: A relief valve discharging glycol is an antifreeze spill

    Scenario: Glycol weeping from the relief outlet of a monobloc
      Given the observations:
        | fact                  | value            |
        | system_type           | air_to_water     |
        | antifreeze            | propylene_glycol |
        | relief_valve_dripping | true             |
      When the heat pump is diagnosed
      Then the advisories include "antifreeze_hazard"
      And the advisories include "no_plain_water_top_up"
      And the rule "hydronic.relief_valve_losing_antifreeze" fires

    Scenario: Water-only circuit with a weeping relief valve
      Given the observations:
        | fact                  | value        |
        | system_type           | air_to_water |
        | antifreeze            | none         |
        | relief_valve_dripping | true         |
      When the heat pump is diagnosed
      Then the advisories do not include "antifreeze_hazard"
      And the rule "hydronic.relief_valve_losing_antifreeze" stays silent
