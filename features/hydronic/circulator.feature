Feature: Circulator or loop pump failed
  A circulator with no power, a seized or air-locked rotor, a dead motor or capacitor, or too low a speed
  moves no water; the heat pump then locks out on pressure or freeze protection. Owners only check the
  pump's breaker or isolator; freeing or replacing the pump is professional work with the power off.

  Rule: A silent pump while the heat pump calls for it has failed

    Scenario: Compressor running, circulator cold and silent
      Given the observations:
        | fact               | value         |
        | system_type        | ground_source |
        | compressor_running | true          |
        | circulator_running | false         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "circulator_failure"
      And the advisories include "capacitor_stored_charge"
      And the advisories include "isolate_before_water_circuit"
      And the advisories include "never_bypass_flow_protection"
      And the escalation is "prompt"
      And the rule "hydronic.pump_off_while_compressor_runs" fires

    Scenario: Pump silent, no flow through the heat exchanger
      Given the observations:
        | fact               | value        |
        | system_type        | air_to_water |
        | antifreeze         | propylene_glycol |
        | circulator_running | false        |
        | loop_flow          | none         |
      When the heat pump is diagnosed
      Then "circulator_failure" is among the first 2 diagnoses
      And the escalation is "prompt"
      And the rule "hydronic.pump_off_no_flow" fires

    Scenario: No heat and the pump not running
      Given the observations:
        | fact               | value         |
        | system_type        | ground_source |
        | no_heating         | true          |
        | circulator_running | false         |
      When the heat pump is diagnosed
      Then "circulator_failure" is among the first 2 diagnoses
      And the rule "hydronic.pump_off_no_heat" fires

    Scenario: Pump heard running with the compressor
      Given the observations:
        | fact               | value         |
        | system_type        | ground_source |
        | compressor_running | true          |
        | circulator_running | true          |
        | no_heating         | true          |
      When the heat pump is diagnosed
      Then the diagnoses do not include "circulator_failure"
      And the rule "hydronic.pump_heard_running" fires
      And the rule "hydronic.pump_off_while_compressor_runs" stays silent
      And the rule "hydronic.pump_off_no_heat" stays silent

    Scenario: Pump silent while the whole heat pump is idle
      Given the observations:
        | fact               | value         |
        | system_type        | ground_source |
        | compressor_running | false         |
        | circulator_running | false         |
        | loop_flow          | normal        |
      When the heat pump is diagnosed
      Then the diagnoses do not include "circulator_failure"
      And the rule "hydronic.pump_off_while_compressor_runs" stays silent
      And the rule "hydronic.pump_off_no_flow" stays silent
