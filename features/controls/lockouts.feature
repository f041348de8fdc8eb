Feature: The heat pump resting by design - lockouts and the low-ambient cut-out
  Below the outdoor temperature set as its changeover, a dual-fuel system rests the heat pump and lets
  the furnace carry the house; below the lowest outdoor temperature it is rated for, a heat pump stops
  to protect its compressor and the house needs its backup heat. Both are normal, but only in their
  context: heating, cold enough, and a system that works that way. Out of it, an idle outdoor unit is
  a fault, and inside its range a mini-split that stays dead needs a technician.

  Rule: A dual-fuel system below its changeover rests the heat pump

    Scenario: Dual fuel at 20 °F, outdoor unit idle, the furnace carrying the house
      Given the observations:
        | fact                 | value |
        | dual_fuel            | true  |
        | mode                 | heat  |
        | outdoor_temp_f       | 20    |
        | outdoor_unit_running | false |
        | aux_heat_on          | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_compressor_lockout"
      And "normal_compressor_lockout" is a normal finding
      And the diagnoses do not include "failed_capacitor"
      And the diagnoses do not include "compressor_failure"
      And the escalation is "none"
      And the rule "controls.dual_fuel_lockout_below_balance_point" fires
      And the rule "controls.aux_carries_load_outdoor_unit_idle" stays silent

    Scenario: Dual fuel at 45 °F with the outdoor unit idle is not a lockout
      Given the observations:
        | fact                 | value |
        | dual_fuel            | true  |
        | mode                 | heat  |
        | outdoor_temp_f       | 45    |
        | outdoor_unit_running | false |
        | aux_heat_on          | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_compressor_lockout"
      And the diagnoses include "failed_capacitor"
      And the escalation is "prompt"
      And the rule "controls.dual_fuel_lockout_below_balance_point" stays silent
      And the rule "controls.aux_carries_load_outdoor_unit_idle_system_not_given" fires

    Scenario: An all-electric system at 20 °F with the outdoor unit idle is not resting
      Given the observations:
        | fact                 | value        |
        | system_type          | ducted_split |
        | dual_fuel            | false        |
        | mode                 | heat         |
        | outdoor_temp_f       | 20           |
        | outdoor_unit_running | false        |
        | aux_heat_on          | true         |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_compressor_lockout"
      And the escalation is "prompt"
      And the rule "controls.dual_fuel_lockout_below_balance_point" stays silent
      And the rule "controls.aux_carries_load_outdoor_unit_idle" fires

  Rule: Below its operating range the heat pump stops by design

    Scenario: A mini-split stops heating at -28 °F
      Given the observations:
        | fact                 | value      |
        | system_type          | mini_split |
        | mode                 | heat       |
        | outdoor_temp_f       | -28        |
        | power_state          | on         |
        | outdoor_unit_running | false      |
        | no_heating           | true       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_low_ambient_cutout"
      And "normal_low_ambient_cutout" is a normal finding
      And the diagnoses do not include "compressor_failure"
      And the escalation is "prompt"
      And the rule "controls.low_ambient_cutout_no_heat_backup_unknown" fires
      And the rule "controls.below_every_air_source_range" fires
      And the rule "controls.below_air_source_range_system_not_given" stays silent
      And the rule "controls.mini_split_dead_inside_its_range" stays silent
      And the rule "controls.no_heat_in_freezing_weather" stays silent

    Scenario: At -28 °F the outdoor unit still runs - no cut-out
      Given the observations:
        | fact                 | value      |
        | system_type          | mini_split |
        | mode                 | heat       |
        | outdoor_temp_f       | -28        |
        | outdoor_unit_running | true       |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_low_ambient_cutout"
      And the rule "controls.below_every_air_source_range" stays silent

    Scenario: A ducted heat pump stopped at -10 °F may be below its range
      Given the observations:
        | fact                 | value        |
        | system_type          | ducted_split |
        | mode                 | heat         |
        | outdoor_temp_f       | -10          |
        | outdoor_unit_running | false        |
      When the heat pump is diagnosed
      Then the diagnoses include "normal_low_ambient_cutout"
      And the rule "controls.below_standard_air_source_range" fires
      And the rule "controls.below_every_air_source_range" stays silent

    Scenario: A ducted heat pump stopped at 0 °F is inside its range
      Given the observations:
        | fact                 | value        |
        | system_type          | ducted_split |
        | mode                 | heat         |
        | outdoor_temp_f       | 0            |
        | outdoor_unit_running | false        |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_low_ambient_cutout"
      And the rule "controls.below_standard_air_source_range" stays silent

    Scenario: Outdoor unit stopped at -30 °F, system type not given
      Given the observations:
        | fact                 | value |
        | mode                 | heat  |
        | outdoor_temp_f       | -30   |
        | outdoor_unit_running | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_low_ambient_cutout"
      And the questions include "system_type"
      And the rule "controls.below_air_source_range_system_not_given" fires
      And the rule "controls.below_every_air_source_range" stays silent

    Scenario: A ground-source heat pump does not stop for the outdoor air
      Given the observations:
        | fact                 | value         |
        | system_type          | ground_source |
        | mode                 | heat          |
        | outdoor_temp_f       | -30           |
        | outdoor_unit_running | false         |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_low_ambient_cutout"
      And the rule "controls.below_every_air_source_range" stays silent
      And the rule "controls.below_air_source_range_system_not_given" stays silent

  Rule: Inside its range a mini-split that stays dead needs a technician

    Scenario: A mini-split dead at 25 °F with the power on
      Given the observations:
        | fact                 | value      |
        | system_type          | mini_split |
        | mode                 | heat       |
        | outdoor_temp_f       | 25         |
        | power_state          | on         |
        | outdoor_unit_running | false      |
        | no_heating           | true       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "control_board_failure"
      And the diagnoses do not include "normal_low_ambient_cutout"
      And the advisories include "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "controls.mini_split_dead_inside_its_range" fires
      And the rule "controls.no_heat_in_freezing_weather" fires

    Scenario: A mini-split idle two minutes after its power came back is waiting out its delay
      Given the observations:
        | fact                  | value      |
        | system_type           | mini_split |
        | mode                  | heat       |
        | outdoor_temp_f        | 25         |
        | power_state           | on         |
        | outdoor_unit_running  | false      |
        | no_heating            | true       |
        | minutes_since_restart | 2          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_restart_delay"
      And the rule "controls.mini_split_dead_inside_its_range" stays silent

  Rule: A cut-out by design still leaves a cold house needing heat now

    Scenario: Mini-split stopped at -25 °F, no heat and the house down to 45 °F
      Given the observations:
        | fact                 | value      |
        | system_type          | mini_split |
        | mode                 | heat       |
        | outdoor_temp_f       | -25        |
        | outdoor_unit_running | false      |
        | no_heating           | true       |
        | indoor_temp_f        | 45         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_low_ambient_cutout"
      And the escalation is "prompt"
      And the rule "controls.low_ambient_cutout_house_cold" fires
      And the rule "controls.low_ambient_cutout_no_heat_backup_unknown" fires
      And the rule "controls.low_ambient_cutout_no_heat_backup_off" stays silent

    Scenario: Stopped at -25 °F, the house still at 66 °F on its backup heat
      Given the observations:
        | fact                 | value        |
        | system_type          | ducted_split |
        | mode                 | heat         |
        | outdoor_temp_f       | -25          |
        | outdoor_unit_running | false        |
        | aux_heat_on          | true         |
        | indoor_temp_f        | 66           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_low_ambient_cutout"
      And the escalation is "none"
      And the rule "controls.low_ambient_cutout_house_cold" stays silent
      And the rule "controls.low_ambient_cutout_no_heat_backup_unknown" stays silent

    Scenario: Stopped at -25 °F, no heat, the backup known to be off
      Given the observations:
        | fact                 | value        |
        | system_type          | ducted_split |
        | mode                 | heat         |
        | outdoor_temp_f       | -25          |
        | outdoor_unit_running | false        |
        | no_heating           | true         |
        | aux_heat_on          | false        |
      When the heat pump is diagnosed
      Then the escalation is "prompt"
      And the rule "controls.low_ambient_cutout_no_heat_backup_off" fires
      And the rule "controls.low_ambient_cutout_no_heat_backup_unknown" stays silent

    Scenario: Stopped at -25 °F with no heat, but the backup heat is running
      Given the observations:
        | fact                 | value        |
        | system_type          | ducted_split |
        | mode                 | heat         |
        | outdoor_temp_f       | -25          |
        | outdoor_unit_running | false        |
        | no_heating           | true         |
        | aux_heat_on          | true         |
      When the heat pump is diagnosed
      Then the rule "controls.low_ambient_cutout_no_heat_backup_off" stays silent
      And the rule "controls.low_ambient_cutout_no_heat_backup_unknown" stays silent
