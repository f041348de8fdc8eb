Feature: Weak airflow
  Less air than usual comes out of the vents. The filter is the first suspect, then closed or
  covered registers and returns, then a frozen indoor coil, then the air handler itself (blower,
  dirty blower wheel) or leaking ducts. Variable-speed blowers hide a loading filter until it
  whistles. Opening the blower compartment is done with the power off, or by a technician.

  Rule: With nothing else known, the filter comes first, then registers and ducts

    Scenario: The vents barely blow
      Given weak_airflow is "true"
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the diagnoses include "blocked_registers"
      And the diagnoses include "duct_leakage"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the questions include "filter_dirty"
      And the rule "airflow.weak_airflow_filter" fires
      And the rule "airflow.weak_airflow_registers" fires
      And the rule "airflow.weak_airflow_ducts" fires

    Scenario: Airflow is normal
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | reduced_cooling | true  |
        | weak_airflow    | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "duct_leakage"
      And the rule "airflow.weak_airflow_filter" stays silent
      And the rule "airflow.weak_airflow_registers" stays silent
      And the rule "airflow.weak_airflow_ducts" stays silent

  Rule: A loaded filter seen with weak airflow settles it

    Scenario: Filter whistles and is grey with dust
      Given the observations:
        | fact         | value |
        | weak_airflow | true  |
        | filter_dirty | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the escalation is "diy"
      And the rule "airflow.weak_airflow_filter_seen_dirty" fires
      And the rule "airflow.filter_seen_dirty" fires

    Scenario: Weak airflow with a fresh filter
      Given the observations:
        | fact         | value |
        | weak_airflow | true  |
        | filter_dirty | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "dirty_air_filter"
      And the leading diagnosis is "blocked_registers"
      And the rule "airflow.weak_airflow_filter_seen_dirty" stays silent

  Rule: Closed or covered registers and returns

    Scenario: A sofa pushed over the return grille
      Given the observations:
        | fact              | value |
        | weak_airflow      | true  |
        | registers_blocked | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "blocked_registers"
      And the escalation is "diy"
      And the rule "airflow.registers_seen_blocked" fires
      And the rule "airflow.registers_seen_open" stays silent

    Scenario: Every register open and clear
      Given the observations:
        | fact              | value |
        | weak_airflow      | true  |
        | registers_blocked | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "blocked_registers"
      And the rule "airflow.registers_seen_open" fires
      And the rule "airflow.registers_seen_blocked" stays silent

  Rule: With a clean filter and open registers, the ducts and the air handler need a technician

    Scenario: New filter, registers open, still weak air
      Given the observations:
        | fact              | value |
        | weak_airflow      | true  |
        | filter_dirty      | false |
        | registers_blocked | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "duct_leakage"
      And the diagnoses include "dirty_indoor_coil"
      And the advisories include "power_off_before_opening"
      And the escalation is "routine"
      And the rule "airflow.weak_airflow_with_clear_air_path" fires

    Scenario: Clean filter but a rug over a floor register
      Given the observations:
        | fact              | value |
        | weak_airflow      | true  |
        | filter_dirty      | false |
        | registers_blocked | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "blocked_registers"
      And the rule "airflow.weak_airflow_with_clear_air_path" stays silent
