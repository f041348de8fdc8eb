Feature: No cooling in dangerous heat
  When the cooling fails in dangerous heat the house itself becomes the hazard, above all for
  infants, elderly or medically fragile people: move them somewhere cool, drink water, use fans only
  while the room is below body temperature, and get a professional out soon. The fault rules still
  name the cause. For anyone the warning comes at 95 F outdoors or 85 F indoors; where vulnerable
  people live it comes sooner, at 90 F outdoors or 80 F indoors.

  Rule: No cooling in dangerous heat brings the heat-illness warning and a prompt visit

    Scenario: No cooling at 105 F with an elderly parent at home, outdoor unit silent, blower on
      Given the observations:
        | fact                  | value        |
        | system_type           | ducted_split |
        | mode                  | cool         |
        | outdoor_temp_f        | 105          |
        | indoor_temp_f         | 90           |
        | no_cooling            | true         |
        | vulnerable_occupants  | true         |
        | outdoor_unit_running  | false        |
        | indoor_blower_running | true         |
      When the heat pump is diagnosed
      Then the advisories include "heat_illness_risk"
      And the diagnoses do not include "normal_extreme_weather_load"
      And the escalation is "prompt"
      And the rule "hazards.no_cooling_in_dangerous_heat" fires
      And the rule "hazards.no_cooling_house_overheating" fires
      And the rule "hazards.no_cooling_heat_vulnerable_occupants" fires
      And the rule "hazards.no_cooling_warm_house_vulnerable_occupants" fires

    Scenario: No cooling at 97 F outdoors, nothing else known
      Given the observations:
        | fact           | value |
        | mode           | cool  |
        | outdoor_temp_f | 97    |
        | no_cooling     | true  |
      When the heat pump is diagnosed
      Then the advisories include "heat_illness_risk"
      And the escalation is "prompt"
      And the rule "hazards.no_cooling_in_dangerous_heat" fires
      And the rule "hazards.no_cooling_heat_vulnerable_occupants" stays silent

    Scenario: No cooling on an 85 F afternoon with the house at 78 F
      Given the observations:
        | fact                 | value |
        | mode                 | cool  |
        | outdoor_temp_f       | 85    |
        | indoor_temp_f        | 78    |
        | no_cooling           | true  |
        | vulnerable_occupants | false |
      When the heat pump is diagnosed
      Then the advisories do not include "heat_illness_risk"
      And the rule "hazards.no_cooling_in_dangerous_heat" stays silent
      And the rule "hazards.no_cooling_house_overheating" stays silent
      And the rule "hazards.no_cooling_heat_vulnerable_occupants" stays silent
      And the rule "hazards.no_cooling_warm_house_vulnerable_occupants" stays silent

    Scenario: Cooling merely weak at 100 F outdoors with the house still at 76 F
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | outdoor_temp_f  | 100   |
        | indoor_temp_f   | 76    |
        | reduced_cooling | true  |
        | no_cooling      | false |
      When the heat pump is diagnosed
      Then the advisories do not include "heat_illness_risk"
      And the rule "hazards.no_cooling_in_dangerous_heat" stays silent
      And the rule "hazards.no_cooling_house_overheating" stays silent

  Rule: Where vulnerable people live the warning comes sooner

    Scenario: No cooling at 92 F outdoors with an infant at home
      Given the observations:
        | fact                 | value |
        | mode                 | cool  |
        | outdoor_temp_f       | 92    |
        | no_cooling           | true  |
        | vulnerable_occupants | true  |
      When the heat pump is diagnosed
      Then the advisories include "heat_illness_risk"
      And the escalation is "prompt"
      And the rule "hazards.no_cooling_heat_vulnerable_occupants" fires
      And the rule "hazards.no_cooling_in_dangerous_heat" stays silent

    Scenario: The same 92 F afternoon with nobody especially at risk
      Given the observations:
        | fact                 | value |
        | mode                 | cool  |
        | outdoor_temp_f       | 92    |
        | no_cooling           | true  |
        | vulnerable_occupants | false |
      When the heat pump is diagnosed
      Then the advisories do not include "heat_illness_risk"
      And the rule "hazards.no_cooling_heat_vulnerable_occupants" stays silent

    Scenario: No cooling, the house at 82 F, an elderly parent at home
      Given the observations:
        | fact                 | value |
        | mode                 | cool  |
        | indoor_temp_f        | 82    |
        | no_cooling           | true  |
        | vulnerable_occupants | true  |
      When the heat pump is diagnosed
      Then the advisories include "heat_illness_risk"
      And the escalation is "prompt"
      And the rule "hazards.no_cooling_warm_house_vulnerable_occupants" fires
      And the rule "hazards.no_cooling_house_overheating" stays silent

    Scenario: No cooling, the house at 82 F, nobody especially at risk
      Given the observations:
        | fact                 | value |
        | mode                 | cool  |
        | indoor_temp_f        | 82    |
        | no_cooling           | true  |
        | vulnerable_occupants | false |
      When the heat pump is diagnosed
      Then the advisories do not include "heat_illness_risk"
      And the rule "hazards.no_cooling_warm_house_vulnerable_occupants" stays silent

  Rule: A hot house, or any loss of cooling in dangerous heat, is a heat-illness risk

    Scenario: Cooling only weak, but the house at 92 °F on a 105 °F day with an elderly parent at home
      Given the observations:
        | fact                 | value |
        | mode                 | cool  |
        | reduced_cooling      | true  |
        | indoor_temp_f        | 92    |
        | outdoor_temp_f       | 105   |
        | vulnerable_occupants | true  |
      When the heat pump is diagnosed
      Then the advisories include "heat_illness_risk"
      And the escalation is "prompt"
      And the rule "hazards.no_cooling_house_overheating" fires
      And the rule "hazards.no_cooling_warm_house_vulnerable_occupants" fires

    Scenario: Cooling weak, the house at 84 °F, nobody especially at risk
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | reduced_cooling | true  |
        | indoor_temp_f   | 84    |
        | outdoor_temp_f  | 88    |
      When the heat pump is diagnosed
      Then the advisories do not include "heat_illness_risk"
      And the rule "hazards.no_cooling_house_overheating" stays silent

    Scenario: Breaker tripped on a 100 °F day with vulnerable people at home
      Given the observations:
        | fact                 | value           |
        | mode                 | cool            |
        | power_state          | breaker_tripped |
        | outdoor_temp_f       | 100             |
        | vulnerable_occupants | true            |
      When the heat pump is diagnosed
      Then the advisories include "heat_illness_risk"
      And the advisories include "breaker_reset_once"
      And the escalation is "prompt"
      And the rule "hazards.power_lost_in_dangerous_heat" fires
      And the rule "hazards.power_lost_heat_vulnerable_occupants" fires

    Scenario: Breaker tripped on an 85 °F day
      Given the observations:
        | fact           | value           |
        | mode           | cool            |
        | power_state    | breaker_tripped |
        | outdoor_temp_f | 85              |
      When the heat pump is diagnosed
      Then the advisories do not include "heat_illness_risk"
      And the rule "hazards.power_lost_in_dangerous_heat" stays silent
      And the rule "hazards.power_lost_heat_vulnerable_occupants" stays silent

    Scenario: The unit will not start on a 100 °F day
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | unit_wont_start | true  |
        | outdoor_temp_f  | 100   |
      When the heat pump is diagnosed
      Then the advisories include "heat_illness_risk"
      And the escalation is "prompt"
      And the rule "hazards.unit_wont_start_in_dangerous_heat" fires
      And the rule "hazards.unit_wont_start_heat_vulnerable_occupants" stays silent

    Scenario: The unit will not start on a 92 °F day with an infant at home
      Given the observations:
        | fact                 | value |
        | mode                 | cool  |
        | unit_wont_start      | true  |
        | outdoor_temp_f       | 92    |
        | vulnerable_occupants | true  |
      When the heat pump is diagnosed
      Then the advisories include "heat_illness_risk"
      And the rule "hazards.unit_wont_start_heat_vulnerable_occupants" fires
      And the rule "hazards.unit_wont_start_in_dangerous_heat" stays silent

    Scenario: The unit will not start on a 92 °F day, nobody especially at risk
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | unit_wont_start | true  |
        | outdoor_temp_f  | 92    |
      When the heat pump is diagnosed
      Then the advisories do not include "heat_illness_risk"
      And the rule "hazards.unit_wont_start_in_dangerous_heat" stays silent

    Scenario: Breaker tripped on an 85 °F day with vulnerable people at home
      Given the observations:
        | fact                 | value           |
        | mode                 | cool            |
        | power_state          | breaker_tripped |
        | outdoor_temp_f       | 85              |
        | vulnerable_occupants | true            |
      When the heat pump is diagnosed
      Then the advisories do not include "heat_illness_risk"
      And the rule "hazards.power_lost_heat_vulnerable_occupants" stays silent

    Scenario: The unit will not start on an 85 °F day with an infant at home
      Given the observations:
        | fact                 | value |
        | mode                 | cool  |
        | unit_wont_start      | true  |
        | outdoor_temp_f       | 85    |
        | vulnerable_occupants | true  |
      When the heat pump is diagnosed
      Then the advisories do not include "heat_illness_risk"
      And the rule "hazards.unit_wont_start_heat_vulnerable_occupants" stays silent
