Feature: Low water or loop pressure
  A sealed air-to-water circuit should read about 1.0-1.5 bar (14.5-22 psi) cold; a closed ground loop is
  filled to 40 psi or more and must not fall under 15 psi. Readings in bar are converted to psi. An owner
  may top up a water-only circuit once through the filling loop; a glycol circuit or a ground loop is
  refilled by a professional with the matching premixed fluid, never with plain water.

  Rule: Under about 1 bar cold is low on any system

    Scenario: Water-only air-to-water circuit at 0.6 bar
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | antifreeze               | none         |
        | system_pressure_cold_bar | 0.6          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_system_pressure"
      And the advisories include "relief_valve_never_capped"
      And the advisories include "isolate_before_water_circuit"
      And the advisories do not include "antifreeze_hazard"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "hydronic.low_pressure_below_one_bar" fires
      And the rule "hydronic.low_pressure_glycol_circuit" stays silent

    Scenario: Gauge at 9 psi, system type not given
      Given system_pressure_cold_psi is "9"
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_system_pressure"
      And the rule "hydronic.low_pressure_below_one_bar" fires

    Scenario Outline: <cold> bar cold is in the normal band
      Given the observations:
        | fact        | value        |
        | system_type | air_to_water |
      And system_pressure_cold_bar is "<cold>"
      When the heat pump is diagnosed
      Then the diagnoses do not include "low_system_pressure"
      And the rule "hydronic.low_pressure_below_one_bar" stays silent
      And the rule "hydronic.pressure_fine_not_low" fires

      Examples:
        | cold |
        | 1.0  |
        | 1.3  |
        | 1.9  |

  Rule: A glycol or brine circuit is refilled by a professional

    Scenario: Glycol monobloc at 0.5 bar
      Given the observations:
        | fact                     | value            |
        | system_type              | air_to_water     |
        | antifreeze               | propylene_glycol |
        | system_pressure_cold_bar | 0.5              |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_system_pressure"
      And the advisories include "no_plain_water_top_up"
      And the advisories include "antifreeze_hazard"
      And the escalation is "routine"
      And the rule "hydronic.low_pressure_glycol_circuit" fires

  Rule: A ground loop under 15 psi is low and needs the installer's flush cart

    Scenario Outline: Closed ground loop at <cold> psi
      Given the observations:
        | fact        | value            |
        | system_type | ground_source    |
        | loop_type   | closed           |
        | antifreeze  | propylene_glycol |
      And system_pressure_cold_psi is "<cold>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_system_pressure"
      And the advisories include "no_plain_water_top_up"
      And the escalation is "routine"
      And the rule "<rule>" fires
      And the rule "hydronic.low_pressure_ground_loop_professional" fires

      Examples:
        | cold | rule                                |
        | 14.7 | hydronic.low_pressure_ground_loop   |
        | 8    | hydronic.low_pressure_below_one_bar |

    Scenario: Ground loop at 30 psi is above its minimum
      Given the observations:
        | fact                     | value         |
        | system_type              | ground_source |
        | system_pressure_cold_psi | 30            |
      When the heat pump is diagnosed
      Then the diagnoses do not include "low_system_pressure"
      And the rule "hydronic.low_pressure_ground_loop" stays silent
      And the rule "hydronic.low_pressure_ground_loop_professional" stays silent

  Rule: Low pressure that has stopped the heating in freezing weather is prompt

    Scenario: Water circuit at 0.4 bar, no heat, -6 °C outside
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | antifreeze               | none         |
        | system_pressure_cold_bar | 0.4          |
        | no_heating               | true         |
        | outdoor_temp_c           | -6           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_system_pressure"
      And the escalation is "prompt"
      And the rule "hydronic.low_pressure_no_heat_in_frost" fires

    Scenario: Same low pressure on a mild day stays an owner's top-up
      Given the observations:
        | fact                     | value        |
        | system_type              | air_to_water |
        | antifreeze               | none         |
        | system_pressure_cold_bar | 0.4          |
        | no_heating               | true         |
        | outdoor_temp_f           | 50           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_system_pressure"
      And the escalation is "diy"
      And the rule "hydronic.low_pressure_no_heat_in_frost" stays silent
