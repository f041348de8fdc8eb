Feature: Desuperheater (hot-water generator)
  A ground-source unit's desuperheater moves spare heat into the water heater with a small pump
  that runs with the compressor. When it stops helping, the pump switch, the valves, scale, a
  limit or the water heater itself are to blame; the owner checks only the switch and valves.
  The reference marks this section as low evidence, so the findings stay modest.

  Rule: Lost hot-water help, or its pump idle while the compressor runs, is a desuperheater problem

    Scenario: The water heater runs far more since the autumn
      Given the observations:
        | fact                | value         |
        | system_type         | ground_source |
        | has_desuperheater   | true          |
        | hot_water_help_lost | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "desuperheater_issue"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "hydronic.desuperheater_help_lost" fires
      And the rule "hydronic.desuperheater_pump_not_running" stays silent

    Scenario: The desuperheater pump stands still while the compressor runs
      Given the observations:
        | fact                       | value         |
        | system_type                | ground_source |
        | has_desuperheater          | true          |
        | compressor_running         | true          |
        | desuperheater_pump_running | false         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "desuperheater_issue"
      And the advisories include "isolate_before_water_circuit"
      And the rule "hydronic.desuperheater_pump_not_running" fires

    Scenario: The pump is idle because the compressor is resting too
      Given the observations:
        | fact                       | value         |
        | system_type                | ground_source |
        | has_desuperheater          | true          |
        | compressor_running         | false         |
        | desuperheater_pump_running | false         |
      When the heat pump is diagnosed
      Then the diagnoses do not include "desuperheater_issue"
      And the rule "hydronic.desuperheater_pump_not_running" stays silent

    Scenario: Hot water fine on a unit without a desuperheater
      Given the observations:
        | fact                | value         |
        | system_type         | ground_source |
        | has_desuperheater   | false         |
        | hot_water_help_lost | true          |
      When the heat pump is diagnosed
      Then the diagnoses do not include "desuperheater_issue"
      And the rule "hydronic.desuperheater_help_lost" stays silent
