Feature: Ground-loop flow centres
  A pressurised flow centre is a sealed loop filled to 40 psi or more and judged by its gauge. A
  non-pressurised flow centre is a tank open to the air under a lid: it runs near zero pressure by
  design and is judged by its fluid level. A low level lets the pumps draw air, which gurgles and cuts
  the flow. The installer checks the level and tops it up with the matching fluid; the owner does not.

  Rule: A non-pressurised flow centre is not judged by its gauge

    Scenario: Non-pressurised flow centre reading 2 psi in summer
      Given the observations:
        | fact                     | value           |
        | system_type              | ground_source   |
        | flow_center              | non_pressurized |
        | mode                     | cool            |
        | outdoor_temp_f           | 85              |
        | system_pressure_cold_psi | 2               |
        | commissioned_pressure_psi | 3              |
      When the heat pump is diagnosed
      Then the diagnoses do not include "low_system_pressure"
      And the diagnoses do not include "normal_seasonal_loop_pressure"
      And the rule "hydronic.non_pressurized_centre_gauge_not_meaningful" fires
      And the rule "hydronic.low_pressure_below_one_bar" fires

    Scenario: Pressurised flow centre reading 2 psi
      Given the observations:
        | fact                     | value         |
        | system_type              | ground_source |
        | flow_center              | pressurized   |
        | system_pressure_cold_psi | 2             |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_system_pressure"
      And the advisories include "no_plain_water_top_up"
      And the escalation is "routine"
      And the rule "hydronic.non_pressurized_centre_gauge_not_meaningful" stays silent

    Scenario: Non-pressurised flow centre, no gauge reading given
      Given the observations:
        | fact        | value           |
        | system_type | ground_source   |
        | flow_center | non_pressurized |
        | loop_flow   | normal          |
      When the heat pump is diagnosed
      Then the rule "hydronic.non_pressurized_centre_gauge_not_meaningful" stays silent

  Rule: Gurgling or low flow at a non-pressurised flow centre is a low fluid level drawing air

    Scenario: Non-pressurized flow centre gurgling, heating weak (gurgle here is not defrost)
      Given the observations:
        | fact            | value           |
        | system_type     | ground_source   |
        | flow_center     | non_pressurized |
        | mode            | heat            |
        | outdoor_temp_f  | 20              |
        | noise           | gurgling        |
        | reduced_heating | true            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "air_in_loop"
      And the diagnoses include "low_loop_flow"
      And the diagnoses do not include "normal_defrost_cycle"
      And the diagnoses do not include "blocked_outdoor_airflow"
      And the advisories include "no_plain_water_top_up"
      And the escalation is "routine"
      And the rule "hydronic.non_pressurized_centre_gurgling" fires

    Scenario: Gurgling at a pressurised flow centre is air, but not a low tank
      Given the observations:
        | fact        | value         |
        | system_type | ground_source |
        | flow_center | pressurized   |
        | noise       | gurgling      |
      When the heat pump is diagnosed
      Then the leading diagnosis is "air_in_loop"
      And the rule "hydronic.non_pressurized_centre_gurgling" stays silent
      And the rule "hydronic.gurgling_water_circuit" fires

    Scenario: Low loop flow from a non-pressurised flow centre
      Given the observations:
        | fact        | value           |
        | system_type | ground_source   |
        | flow_center | non_pressurized |
        | loop_flow   | low             |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the diagnoses include "air_in_loop"
      And the escalation is "routine"
      And the rule "hydronic.non_pressurized_centre_low_flow" fires
      And the rule "hydronic.ground_loop_flow_needs_installer" fires

    Scenario: Low loop flow from a pressurised flow centre
      Given the observations:
        | fact        | value         |
        | system_type | ground_source |
        | flow_center | pressurized   |
        | loop_flow   | low           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_loop_flow"
      And the rule "hydronic.non_pressurized_centre_low_flow" stays silent
