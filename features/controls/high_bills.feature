Feature: High energy bills
  Backup (AUX or emergency) heat is the first thing to look at: it costs far more than the heat pump,
  and deep setbacks bring it on. Then neglected maintenance, a loaded filter, short cycling from an
  oversized unit, and installation faults such as leaky ducts.

  Rule: Backup heat drives the bill up

    Scenario: High winter bills with the thermostat on emergency heat
      Given the observations:
        | fact              | value   |
        | high_energy_bills | true    |
        | mode              | em_heat |
        | aux_heat_on       | true    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "emergency_heat_left_on"
      And the escalation is "diy"
      And the rule "controls.high_bills_em_heat_mode" fires
      And the rule "controls.high_bills_after_setbacks" stays silent

    Scenario: High bills with nightly setbacks recovered on backup heat
      Given the observations:
        | fact                     | value |
        | high_energy_bills        | true  |
        | mode                     | heat  |
        | setpoint_raised_recently | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_aux_heat"
      And the diagnoses do not include "emergency_heat_left_on"
      And the escalation is "none"
      And if that does not fix it, the escalation is "routine"
      And the rule "controls.high_bills_after_setbacks" fires
      And the rule "controls.high_bills_em_heat_mode" stays silent

    Scenario: High bills with AUX lit on a 50 °F day
      Given the observations:
        | fact              | value |
        | high_energy_bills | true  |
        | aux_heat_on       | true  |
        | outdoor_temp_f    | 50    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "outdoor_temp_sensor_failure"
      And the escalation is "routine"
      And the rule "controls.high_bills_backup_heat_in_mild_weather" fires

    Scenario: High bills with AUX lit at 20 °F
      Given the observations:
        | fact              | value |
        | high_energy_bills | true  |
        | aux_heat_on       | true  |
        | mode              | heat  |
        | outdoor_temp_f    | 20    |
      When the heat pump is diagnosed
      Then "normal_aux_heat" is among the first 2 diagnoses
      And the rule "controls.high_bills_backup_heat_in_mild_weather" stays silent

  Rule: Maintenance, the filter, short cycling and the ducts

    Scenario: High bills, nothing else known yet
      Given high_energy_bills is "true"
      When the heat pump is diagnosed
      Then the diagnoses include "overdue_maintenance"
      And the diagnoses include "dirty_air_filter"
      And the diagnoses include "duct_leakage"
      And the escalation is "routine"
      And the rule "controls.high_bills_reported" fires

    Scenario: High bills, long since the last service, filter loaded
      Given the observations:
        | fact                 | value |
        | high_energy_bills    | true  |
        | months_since_service | 30    |
        | filter_dirty         | true  |
      When the heat pump is diagnosed
      Then "dirty_air_filter" is among the first 2 diagnoses
      And "overdue_maintenance" is among the first 2 diagnoses
      And the rule "controls.high_bills_reported" fires

    Scenario: Bills as expected
      Given the observations:
        | fact              | value |
        | high_energy_bills | false |
        | mode              | heat  |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "controls.high_bills_reported" stays silent

    Scenario: High bills from a unit that short cycles in mild weather
      Given the observations:
        | fact              | value |
        | high_energy_bills | true  |
        | short_cycling     | true  |
        | outdoor_temp_f    | 70    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "oversized_equipment"
      And the escalation is "routine"
      And the rule "controls.high_bills_short_cycling" fires

    Scenario: High bills from a unit with normal cycles
      Given the observations:
        | fact              | value |
        | high_energy_bills | true  |
        | short_cycling     | false |
        | run_cycle_minutes | 20    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "oversized_equipment"
      And the rule "controls.high_bills_short_cycling" stays silent
