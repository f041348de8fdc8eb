Feature: Burning or electrical smell
  First tell the two smells apart. A dusty burning smell the first time the heat runs after the
  summer, or the first time the heat strips run in months, is dust burning off, and it fades within
  about an hour; only while heating, since no strip runs in cooling, fan-only or off. A sharp electrical,
  plastic or rubber smell is overheating wiring, a motor or an element, or a short: switch off at the
  thermostat and the breaker at once and leave it off until it has been inspected. A "dusty" smell
  that lingers, or comes in mid-season, does not fit the exception and is treated the same way.

  Rule: A sharp electrical burning smell is an overheating hazard

    Scenario: Smell of hot plastic from the vents while heating
      Given the observations:
        | fact  | value              |
        | mode  | heat               |
        | smell | electrical_burning |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the first advisory is "electrical_hazard_shutdown"
      And the escalation is "emergency"
      And the diagnoses do not include "normal_dust_burn_off"
      And the rule "electrical.electrical_burning_smell" fires
      And the rule "electrical.dusty_smell" stays silent

    Scenario: An electrical smell is not excused by the first heat of the season
      Given the observations:
        | fact                     | value              |
        | mode                     | heat               |
        | smell                    | electrical_burning |
        | first_heat_use_of_season | true               |
        | smell_fades              | true               |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses do not include "normal_dust_burn_off"
      And the escalation is "emergency"
      And the rule "electrical.electrical_burning_smell" fires
      And the rule "electrical.dust_burn_off_first_heat" stays silent

  Rule: Dust burning off at the first heat of the season is normal

    Scenario: First cold morning of autumn, a dusty smell that fades
      Given the observations:
        | fact                     | value         |
        | mode                     | heat          |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | true          |
        | smell_fades              | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_dust_burn_off"
      And "normal_dust_burn_off" is a normal finding
      And the diagnoses do not include "electrical_overheating"
      And the advisories do not include "electrical_hazard_shutdown"
      And the escalation is "none"
      And the rule "electrical.dust_burn_off_first_heat" fires
      And the rule "electrical.dusty_smell_fades" fires
      And the rule "electrical.dusty_smell" fires
      And the rule "electrical.electrical_burning_smell" stays silent
      And the rule "electrical.dusty_smell_lingers" stays silent
      And the rule "electrical.dusty_smell_not_first_heat" stays silent

    Scenario: A dusty smell while heating, nobody says it is the first heat, is treated as electrical
      Given the observations:
        | fact  | value         |
        | mode  | heat          |
        | smell | dusty_burning |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses do not include "normal_dust_burn_off"
      And the escalation is "emergency"
      And the questions include "first_heat_use_of_season"
      And the rule "electrical.dusty_smell" fires
      And the rule "electrical.dusty_smell_first_use_unknown" fires
      And the rule "electrical.dusty_smell_mode_unknown" stays silent
      And the rule "electrical.dusty_smell_fades" stays silent

    Scenario: A dusty smell and nothing else known is not left at "nothing to do"
      Given the observations:
        | fact  | value         |
        | smell | dusty_burning |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses do not include "normal_dust_burn_off"
      And the advisories include "electrical_hazard_shutdown"
      And the escalation is "emergency"
      And the rule "electrical.dusty_smell_mode_unknown" fires
      And the rule "electrical.dusty_smell_first_use_unknown" fires

    Scenario: The first heat of the season, the strips have run before: the first-use question is answered
      Given the observations:
        | fact                     | value         |
        | mode                     | heat          |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | true          |
        | first_aux_use_recently   | false         |
        | smell_fades              | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_dust_burn_off"
      And the escalation is "none"
      And the rule "electrical.dusty_smell_first_use_unknown_strips_not_new" stays silent
      And the rule "electrical.dusty_smell_first_use_unknown" stays silent

    Scenario: Strips known not to be new to running, first heat of the season not known
      Given the observations:
        | fact                   | value         |
        | mode                   | heat          |
        | smell                  | dusty_burning |
        | first_aux_use_recently | false         |
        | smell_fades            | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the escalation is "emergency"
      And the rule "electrical.dusty_smell_first_use_unknown_strips_not_new" fires
      And the rule "electrical.dusty_smell_first_use_unknown" stays silent

    Scenario: First heat of the season in heat mode, too early to say whether the smell fades
      Given the observations:
        | fact                     | value         |
        | mode                     | heat          |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_dust_burn_off"
      And the questions include "smell_fades"
      And the rule "electrical.dust_burn_off_first_heat_fading_not_known" fires
      And the rule "electrical.dust_burn_off_first_heat" stays silent

    Scenario: First heat of the season, the smell known to fade, the fading rule steps aside
      Given the observations:
        | fact                     | value         |
        | mode                     | heat          |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | true          |
        | smell_fades              | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_dust_burn_off"
      And the rule "electrical.dust_burn_off_first_heat_fading_not_known" stays silent
      And the rule "electrical.dust_burn_off_first_heat" fires

  Rule: Auto is heating only when it is cold enough

    Scenario: Auto on a hot day, a dusty smell said to be the first heat: the system is cooling
      Given the observations:
        | fact                     | value         |
        | mode                     | auto          |
        | outdoor_temp_f           | 92            |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | true          |
        | smell_fades              | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses do not include "normal_dust_burn_off"
      And the escalation is "emergency"
      And the rule "electrical.dusty_smell_auto_warm_weather" fires
      And the rule "electrical.dust_burn_off_first_heat_auto" stays silent
      And the rule "electrical.dust_burn_off_first_heat" stays silent

    Scenario: Auto on a cold autumn morning, first heat of the season, the smell fades
      Given the observations:
        | fact                     | value         |
        | mode                     | auto          |
        | outdoor_temp_f           | 45            |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | true          |
        | smell_fades              | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_dust_burn_off"
      And the escalation is "none"
      And the rule "electrical.dust_burn_off_first_heat_auto" fires
      And the rule "electrical.dusty_smell_auto_warm_weather" stays silent
      And the rule "electrical.dust_burn_off_first_heat_auto_temp_unknown" stays silent

    Scenario: Auto, first heat of the season, outdoor temperature not given: only weakly dust
      Given the observations:
        | fact                     | value         |
        | mode                     | auto          |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | true          |
        | smell_fades              | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_dust_burn_off"
      And the questions include "outdoor_temp_f"
      And the rule "electrical.dust_burn_off_first_heat_auto_temp_unknown" fires
      And the rule "electrical.dust_burn_off_first_heat_auto" stays silent

    Scenario: Auto in a cold snap, the strips run for the first time in months, the smell fades
      Given the observations:
        | fact                   | value         |
        | mode                   | auto          |
        | outdoor_temp_f         | 20            |
        | smell                  | dusty_burning |
        | first_aux_use_recently | true          |
        | smell_fades            | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_dust_burn_off"
      And the rule "electrical.dust_burn_off_first_aux_use_auto" fires
      And the rule "electrical.dust_burn_off_first_aux_use" stays silent

    Scenario: Auto at 70 °F, strips said to be on for the first time in months: not heating weather
      Given the observations:
        | fact                   | value         |
        | mode                   | auto          |
        | outdoor_temp_f         | 70            |
        | smell                  | dusty_burning |
        | first_aux_use_recently | true          |
        | smell_fades            | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the rule "electrical.dust_burn_off_first_aux_use_auto" stays silent
      And the rule "electrical.dusty_smell_auto_warm_weather" fires

    Scenario: Auto, strips on for the first time in months, outdoor temperature not given
      Given the observations:
        | fact                   | value         |
        | mode                   | auto          |
        | smell                  | dusty_burning |
        | first_aux_use_recently | true          |
        | smell_fades            | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_dust_burn_off"
      And the rule "electrical.dust_burn_off_first_aux_use_auto_temp_unknown" fires
      And the rule "electrical.dust_burn_off_first_aux_use_auto" stays silent

    Scenario: First heat with a dirty filter: dust burn-off, and change the filter
      Given the observations:
        | fact                     | value         |
        | mode                     | heat          |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | true          |
        | smell_fades              | true          |
        | filter_dirty             | true          |
      When the heat pump is diagnosed
      Then "normal_dust_burn_off" is among the first 2 diagnoses
      And the diagnoses include "dirty_air_filter"
      And the escalation is "diy"
      And the rule "electrical.dusty_smell_dirty_filter" fires

    Scenario: Clean filter, dust burn-off alone
      Given the observations:
        | fact                     | value         |
        | mode                     | heat          |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | true          |
        | smell_fades              | true          |
        | filter_dirty             | false         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_dust_burn_off"
      And the diagnoses do not include "dirty_air_filter"
      And the rule "electrical.dusty_smell_dirty_filter" stays silent

  Rule: A burning smell that lingers or comes outside the first heat is treated as electrical

    Scenario: First heat of the season, but the smell has not faded after an hour
      Given the observations:
        | fact                     | value         |
        | mode                     | heat          |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | true          |
        | smell_fades              | false         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses do not include "normal_dust_burn_off"
      And the first advisory is "electrical_hazard_shutdown"
      And the escalation is "emergency"
      And the rule "electrical.dusty_smell_lingers" fires
      And the rule "electrical.dust_burn_off_first_heat" stays silent
      And the rule "electrical.dusty_smell_fades" stays silent

    Scenario: Burning smell in mid-winter after weeks of heating
      Given the observations:
        | fact                     | value         |
        | mode                     | heat          |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | false         |
        | first_aux_use_recently   | false         |
        | smell_fades              | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the advisories include "electrical_hazard_shutdown"
      And the escalation is "emergency"
      And the rule "electrical.dusty_smell_not_first_heat" fires
      And the rule "electrical.dusty_smell_not_first_heat_strips_unknown" stays silent
      And the rule "electrical.dust_burn_off_first_heat" stays silent
      And the rule "electrical.dust_burn_off_first_aux_use" stays silent

    Scenario: Burning smell in mid-winter, nobody knows whether the strips just ran for the first time
      Given the observations:
        | fact                     | value         |
        | mode                     | heat          |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | false         |
        | smell_fades              | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses do not include "normal_dust_burn_off"
      And the advisories include "electrical_hazard_shutdown"
      And the escalation is "emergency"
      And the rule "electrical.dusty_smell_not_first_heat_strips_unknown" fires
      And the rule "electrical.dusty_smell_not_first_heat" stays silent

  Rule: The first use of the heat strips in months burns off dust as well

    Scenario: Cold snap in mid-winter, the strips run for the first time in months, the smell fades
      Given the observations:
        | fact                     | value         |
        | system_type              | ducted_split  |
        | mode                     | heat          |
        | outdoor_temp_f           | 12            |
        | aux_heat_on              | true          |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | false         |
        | first_aux_use_recently   | true          |
        | smell_fades              | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_dust_burn_off"
      And the diagnoses do not include "electrical_overheating"
      And the advisories do not include "electrical_hazard_shutdown"
      And the escalation is "none"
      And the rule "electrical.dust_burn_off_first_aux_use" fires
      And the rule "electrical.dusty_smell_not_first_heat" stays silent
      And the rule "electrical.dusty_smell_not_first_heat_strips_unknown" stays silent

    Scenario: First use of the strips, but the smell has not faded
      Given the observations:
        | fact                     | value         |
        | mode                     | heat          |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | false         |
        | first_aux_use_recently   | true          |
        | smell_fades              | false         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses do not include "normal_dust_burn_off"
      And the escalation is "emergency"
      And the rule "electrical.dusty_smell_lingers" fires
      And the rule "electrical.dust_burn_off_first_aux_use" stays silent

    Scenario: Strips said to have just run, but the thermostat is on cooling
      Given the observations:
        | fact                   | value         |
        | mode                   | cool          |
        | smell                  | dusty_burning |
        | first_aux_use_recently | true          |
        | smell_fades            | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses do not include "normal_dust_burn_off"
      And the escalation is "emergency"
      And the rule "electrical.dust_burn_off_first_aux_use" stays silent
      And the rule "electrical.dusty_smell_while_not_heating" fires

    Scenario: First heat of the season and a fading dusty smell, but the thermostat is on fan
      Given the observations:
        | fact                     | value         |
        | mode                     | fan           |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | true          |
        | smell_fades              | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses do not include "normal_dust_burn_off"
      And the escalation is "emergency"
      And the rule "electrical.dust_burn_off_first_heat" stays silent

    Scenario: First heat of the season and a fading dusty smell, mode not given: the hazard is assumed
      Given the observations:
        | fact                     | value         |
        | smell                    | dusty_burning |
        | first_heat_use_of_season | true          |
        | smell_fades              | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the escalation is "emergency"
      And the rule "electrical.dust_burn_off_first_heat" stays silent
      And the rule "electrical.dusty_smell_mode_unknown" fires
      And the rule "electrical.dusty_smell_fades" fires

  Rule: No heat strip runs in cooling, fan-only or off, so a burning smell there is electrical

    Scenario Outline: A dusty burning smell with the thermostat on <mode>
      Given the observations:
        | fact  | value         |
        | smell | dusty_burning |
        | mode  | <mode>        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses do not include "normal_dust_burn_off"
      And the advisories include "electrical_hazard_shutdown"
      And the escalation is "emergency"
      And the rule "electrical.dusty_smell_while_not_heating" fires

      Examples:
        | mode  |
        | cool  |
        | fan   |
        | off   |

    Scenario: The same dusty smell while heating is left to the dust burn-off rules
      Given the observations:
        | fact  | value         |
        | smell | dusty_burning |
        | mode  | heat          |
      When the heat pump is diagnosed
      Then the rule "electrical.dusty_smell_while_not_heating" stays silent
      And the rule "electrical.dusty_smell" fires
