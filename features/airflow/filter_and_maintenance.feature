Feature: Filter and maintenance intervals
  The DOE asks heat-pump owners to check or change the filter every month and to have the system
  serviced by a professional at least once a year; contractor pages allow 30 to 90 days for a
  filter. A well-kept heat pump uses 10 to 25 percent less energy than a neglected one. The
  safest reading is used: a filter older than a month is due for a look, older than three months
  it is overdue by every source.

  Rule: The filter's age says how likely it is to be loaded

    Scenario Outline: Months since the filter was changed
      Given the observations:
        | fact              | value    |
        | mode              | cool     |
        | filter_age_months | <months> |
      When the heat pump is diagnosed
      Then the rule "<fires>" fires
      And the rule "<silent>" stays silent
      And the leading diagnosis is "dirty_air_filter"
      And the escalation is "diy"

      Examples:
        | months | fires                          | silent                         |
        | 2      | airflow.filter_due_for_a_check | airflow.filter_overdue         |
        | 5      | airflow.filter_overdue         | airflow.filter_due_for_a_check |

    Scenario: A year-old filter has also let dust reach the indoor coil
      Given the observations:
        | fact              | value |
        | mode              | cool  |
        | reduced_cooling   | true  |
        | filter_age_months | 12    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the diagnoses include "dirty_indoor_coil"
      And the escalation is "diy"
      And the rule "airflow.long_neglected_filter_fouls_indoor_coil" fires

    Scenario: A filter changed two weeks ago
      Given the observations:
        | fact              | value |
        | mode              | cool  |
        | reduced_cooling   | true  |
        | filter_age_months | 0.5   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_outdoor_coil"
      And the diagnoses include "dirty_air_filter"
      And the rule "airflow.filter_recently_changed" fires
      And the rule "airflow.filter_due_for_a_check" stays silent
      And the rule "airflow.filter_overdue" stays silent
      And the rule "airflow.long_neglected_filter_fouls_indoor_coil" stays silent

    Scenario: A new filter that is already clogged (pets, building dust)
      Given the observations:
        | fact              | value |
        | mode              | cool  |
        | reduced_cooling   | true  |
        | filter_age_months | 0.5   |
        | filter_dirty      | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the rule "airflow.filter_recently_changed" stays silent

  Rule: What the filter looks like outweighs its age

    Scenario: The filter is grey with dust
      Given filter_dirty is "true"
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "airflow.filter_seen_dirty" fires
      And the rule "airflow.filter_seen_clean" stays silent

    Scenario: An old filter that still looks clean
      Given the observations:
        | fact              | value |
        | filter_age_months | 4     |
        | filter_dirty      | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "dirty_air_filter"
      And the rule "airflow.filter_seen_clean" fires
      And the rule "airflow.filter_seen_dirty" stays silent

  Rule: Professional service at least once a year

    Scenario Outline: Months since the last professional service
      Given months_since_service is "<months>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "overdue_maintenance"
      And the escalation is "routine"
      And the rule "airflow.service_overdue" fires
      And the rule "<long>" <long_state>

      Examples:
        | months | long                         | long_state   |
        | 18     | airflow.service_long_overdue | stays silent |
        | 36     | airflow.service_long_overdue | fires        |

    Scenario: Serviced last autumn
      Given months_since_service is "8"
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "airflow.service_overdue" stays silent
      And the rule "airflow.service_long_overdue" stays silent
