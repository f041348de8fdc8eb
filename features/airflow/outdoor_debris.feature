Feature: Debris, leaves or snow around the outdoor unit
  The outdoor coil needs free air on every side and above. Leaves, grass clippings or plants packed
  against it raise head pressure and cut capacity. Clearing it is an owner's job, with the power
  off first: the outdoor fan can start at any moment.

  Rule: Debris against the outdoor unit points to blocked outdoor airflow

    Scenario: Leaves against the coil on a cooling day
      Given the observations:
        | fact            | value  |
        | mode            | cool   |
        | reduced_cooling | true   |
        | visible_debris  | leaves |
      When the heat pump is diagnosed
      Then "blocked_outdoor_airflow" is among the first 2 diagnoses
      And the first advisory is "power_off_before_opening"
      And the advisories include "fan_may_start"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "airflow.debris_against_outdoor_unit" fires

    Scenario: A clear unit is not blamed
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | reduced_cooling | true  |
        | visible_debris  | none  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "blocked_outdoor_airflow"
      And the rule "airflow.debris_against_outdoor_unit" stays silent
