Feature: Ice on the refrigerant lines in cooling
  Frost or ice on the copper lines while cooling means the indoor coil is running too cold: too
  little air across it (most often a clogged filter) or too little refrigerant. The filter is the
  owner's check; if the filter is clean, a certified technician looks at the charge. Let the ice
  melt with the compressor off; never chip it off.

  Rule: Ice on the lines in cooling points to low indoor airflow or a low charge

    Scenario: Iced suction line on a hot afternoon
      Given the observations:
        | fact                     | value |
        | mode                     | cool  |
        | reduced_cooling          | true  |
        | ice_on_refrigerant_lines | true  |
      When the heat pump is diagnosed
      Then "dirty_air_filter" is among the first 2 diagnoses
      And the diagnoses include "low_refrigerant_charge"
      And the advisories include "no_sharp_tools_on_ice"
      And the advisories include "refrigerant_certified_only"
      And the rule "refrigerant.ice_on_lines_cooling" fires
      And the rule "refrigerant.ice_on_lines_filter_clean" stays silent
      And the rule "refrigerant.ice_on_lines_filter_dirty" stays silent

    Scenario: Iced lines with a loaded filter: change the filter first
      Given the observations:
        | fact                     | value |
        | mode                     | cool  |
        | ice_on_refrigerant_lines | true  |
        | filter_dirty             | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the advisories include "no_sharp_tools_on_ice"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "refrigerant.ice_on_lines_filter_dirty" fires

    Scenario: Iced lines with a clean filter point to the charge
      Given the observations:
        | fact                     | value |
        | mode                     | cool  |
        | ice_on_refrigerant_lines | true  |
        | filter_dirty             | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses do not include "dirty_air_filter"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "refrigerant.ice_on_lines_filter_clean" fires

    Scenario: Frost on the lines in heating is not read as a cooling-coil problem
      Given the observations:
        | fact                     | value |
        | mode                     | heat  |
        | ice_on_refrigerant_lines | true  |
      When the heat pump is diagnosed
      Then the rule "refrigerant.ice_on_lines_cooling" stays silent
