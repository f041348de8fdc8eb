Feature: Fan not spinning
  An outdoor fan that stands still while the compressor runs is normal only during a heating
  defrost, which steams. In cooling, or in heating with no defrost under way, it is a fault: most
  often the fan motor or its capacitor, then the defrost board's fan relay, a contactor pole or seized
  bearings. In cooling the head pressure climbs until the high-pressure switch trips, so switch off
  and call a technician. An indoor blower that does not run on a call points to the door switch, the
  control signal, the motor, its capacitor or its ECM module, unless the whole system has no power.

  Rule: Outdoor fan still while the compressor runs in cooling

    Scenario: Compressor running, fan blade still, on a cooling call
      Given the observations:
        | fact                | value |
        | mode                | cool  |
        | reduced_cooling     | true  |
        | outdoor_fan_running | false |
        | compressor_running  | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "outdoor_fan_motor_failure"
      And the diagnoses include "failed_capacitor"
      And the diagnoses include "defrost_control_failure"
      And the diagnoses include "motor_bearing_wear"
      And the diagnoses include "failed_contactor"
      And the first advisory is "capacitor_stored_charge"
      And the advisories include "fan_may_start"
      And the escalation is "prompt"
      And the rule "electrical.outdoor_fan_stopped_cooling" fires
      And the rule "electrical.outdoor_fan_stopped_cooling_other_causes" fires
      And the rule "electrical.outdoor_fan_stopped_cooling_contactor" fires

    Scenario: Fan and compressor both running in cooling
      Given the observations:
        | fact                | value |
        | mode                | cool  |
        | reduced_cooling     | true  |
        | outdoor_fan_running | true  |
        | compressor_running  | true  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "outdoor_fan_motor_failure"
      And the rule "electrical.outdoor_fan_stopped_cooling" stays silent
      And the rule "electrical.outdoor_fan_stopped_cooling_other_causes" stays silent
      And the rule "electrical.outdoor_fan_stopped_cooling_contactor" stays silent

  Rule: Outdoor fan still in heating is a fault only outside defrost

    Scenario: Fan still in heating, compressor running, no steam at all
      Given the observations:
        | fact                | value |
        | mode                | heat  |
        | reduced_heating     | true  |
        | outdoor_fan_running | false |
        | compressor_running  | true  |
        | outdoor_steam       | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "outdoor_fan_motor_failure"
      And the diagnoses include "failed_capacitor"
      And the advisories include "capacitor_stored_charge"
      And the advisories include "fan_may_start"
      And the escalation is "prompt"
      And the rule "electrical.outdoor_fan_stopped_heating" fires
      And the rule "electrical.outdoor_fan_stopped_heating_other_causes" fires
      And the rule "electrical.outdoor_fan_stopped_heating_contactor" fires

    Scenario: Fan still while the unit steams on a cold morning is a defrost
      Given the observations:
        | fact                | value |
        | mode                | heat  |
        | outdoor_temp_f      | 30    |
        | outdoor_fan_running | false |
        | compressor_running  | true  |
        | outdoor_steam       | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the diagnoses do not include "outdoor_fan_motor_failure"
      And the escalation is "none"
      And the rule "electrical.outdoor_fan_stopped_heating" stays silent
      And the rule "electrical.outdoor_fan_stopped_heating_other_causes" stays silent
      And the rule "electrical.outdoor_fan_stopped_heating_contactor" stays silent

    Scenario: Fan still in heating on a 60 F day, nobody has looked for steam
      Given the observations:
        | fact                | value |
        | mode                | heat  |
        | outdoor_temp_f      | 60    |
        | outdoor_fan_running | false |
        | compressor_running  | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "outdoor_fan_motor_failure"
      And the diagnoses do not include "normal_defrost_cycle"
      And the advisories include "capacitor_stored_charge"
      And the rule "electrical.outdoor_fan_stopped_heating_mild_weather" fires
      And the rule "electrical.outdoor_fan_stopped_heating" stays silent

    Scenario: Fan still in heating at 35 F, steam not looked for, may be a defrost
      Given the observations:
        | fact                | value |
        | mode                | heat  |
        | outdoor_temp_f      | 35    |
        | outdoor_fan_running | false |
        | compressor_running  | true  |
      When the heat pump is diagnosed
      Then the rule "electrical.outdoor_fan_stopped_heating_mild_weather" stays silent

  Rule: Debris caught in the outdoor fan can stop it

    Scenario: Sticks and vines through the fan grille, blade not turning
      Given the observations:
        | fact                | value      |
        | mode                | cool       |
        | outdoor_fan_running | false      |
        | visible_debris      | vegetation |
      When the heat pump is diagnosed
      Then the diagnoses include "fan_obstruction"
      And the first advisory is "power_off_before_opening"
      And the advisories include "fan_may_start"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "prompt"
      And the rule "electrical.outdoor_fan_jammed_by_debris" fires

    Scenario: Leaves against a unit whose fan still turns
      Given the observations:
        | fact                | value  |
        | mode                | cool   |
        | outdoor_fan_running | true   |
        | visible_debris      | leaves |
      When the heat pump is diagnosed
      Then the diagnoses do not include "fan_obstruction"
      And the rule "electrical.outdoor_fan_jammed_by_debris" stays silent

  Rule: An indoor blower that does not run on a call is a blower fault, unless there is no power

    Scenario Outline: No air from the vents with the thermostat on <mode>
      Given the observations:
        | fact                  | value  |
        | mode                  | <mode> |
        | indoor_blower_running | false  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "indoor_blower_failure"
      And the first advisory is "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "electrical.indoor_blower_off_cooling_or_fan" fires

      Examples:
        | mode |
        | cool |
        | fan  |

    Scenario: Ducted system, no air from the vents on a heat call
      Given the observations:
        | fact                  | value        |
        | mode                  | heat         |
        | system_type           | ducted_split |
        | indoor_blower_running | false        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "indoor_blower_failure"
      And the escalation is "prompt"
      And the rule "electrical.indoor_blower_off_heating_ducted" fires
      And the rule "electrical.indoor_blower_off_cooling_or_fan" stays silent

    Scenario: Mini-split indoor fan still off half an hour into a heat call
      Given the observations:
        | fact                  | value      |
        | mode                  | heat       |
        | system_type           | mini_split |
        | indoor_blower_running | false      |
        | minutes_since_restart | 30         |
        | outdoor_steam         | false      |
      When the heat pump is diagnosed
      Then the leading diagnosis is "indoor_blower_failure"
      And the escalation is "prompt"
      And the rule "electrical.indoor_blower_off_minisplit_heating" fires
      And the rule "electrical.indoor_blower_off_heating_ducted" stays silent

    Scenario: Mini-split holds its indoor fan while the coil warms up
      Given the observations:
        | fact                  | value      |
        | mode                  | heat       |
        | system_type           | mini_split |
        | indoor_blower_running | false      |
        | minutes_since_restart | 2          |
      When the heat pump is diagnosed
      Then the diagnoses do not include "indoor_blower_failure"
      And the rule "electrical.indoor_blower_off_minisplit_heating" stays silent
      And the rule "electrical.indoor_blower_off_heating_ducted" stays silent

    Scenario: Blower idle because the breaker has tripped
      Given the observations:
        | fact                  | value           |
        | mode                  | cool            |
        | indoor_blower_running | false           |
        | power_state           | breaker_tripped |
      When the heat pump is diagnosed
      Then the leading diagnosis is "power_supply_interrupted"
      And the advisories include "breaker_reset_once"
      And the escalation is "diy"
      And the rule "electrical.indoor_blower_off_without_power" fires

    Scenario: Blower idle behind a blank thermostat
      Given the observations:
        | fact                  | value |
        | mode                  | cool  |
        | indoor_blower_running | false |
        | thermostat_display    | blank |
      When the heat pump is diagnosed
      Then the rule "electrical.indoor_blower_off_thermostat_blank" fires

    Scenario: Blower runs and the power is on
      Given the observations:
        | fact                  | value  |
        | mode                  | cool   |
        | indoor_blower_running | true   |
        | power_state           | on     |
        | thermostat_display    | normal |
      When the heat pump is diagnosed
      Then the diagnoses do not include "indoor_blower_failure"
      And the rule "electrical.indoor_blower_off_cooling_or_fan" stays silent
      And the rule "electrical.indoor_blower_off_without_power" stays silent
      And the rule "electrical.indoor_blower_off_thermostat_blank" stays silent

  Rule: With the outdoor fan seen standing still, high head pressure in cooling is the fan's doing

    Scenario: Technician reads high head and suction with the condenser fan stopped
      Given the observations:
        | fact                | value |
        | mode                | cool  |
        | outdoor_fan_running | false |
        | compressor_running  | true  |
        | head_pressure       | high  |
        | suction_pressure    | high  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "outdoor_fan_motor_failure"
      And the diagnoses include "failed_capacitor"
      And the rule "electrical.outdoor_fan_stopped_explains_high_head" fires
      And the rule "electrical.outdoor_fan_stopped_cooling" fires

    Scenario: High head pressure with the condenser fan turning leaves the sealed-system readings alone
      Given the observations:
        | fact                | value |
        | mode                | cool  |
        | outdoor_fan_running | true  |
        | compressor_running  | true  |
        | head_pressure       | high  |
        | suction_pressure    | high  |
      When the heat pump is diagnosed
      Then the diagnoses do not include "outdoor_fan_motor_failure"
      And the rule "electrical.outdoor_fan_stopped_explains_high_head" stays silent

  Rule: A ground-source unit has no outdoor fan

    Scenario: Geothermal owner reports "the outdoor fan is not turning"
      Given the observations:
        | fact                | value         |
        | system_type         | ground_source |
        | mode                | cool          |
        | reduced_cooling     | true          |
        | outdoor_fan_running | false         |
        | compressor_running  | true          |
      When the heat pump is diagnosed
      Then the diagnoses do not include "outdoor_fan_motor_failure"
      And the diagnoses do not include "defrost_control_failure"
      And the rule "electrical.ground_source_has_no_outdoor_fan" fires
      And the rule "electrical.outdoor_fan_stopped_cooling" fires

    Scenario: The same report from an air-source split is the fan motor
      Given the observations:
        | fact                | value        |
        | system_type         | ducted_split |
        | mode                | cool         |
        | reduced_cooling     | true         |
        | outdoor_fan_running | false        |
        | compressor_running  | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "outdoor_fan_motor_failure"
      And the rule "electrical.ground_source_has_no_outdoor_fan" stays silent

  Rule: A water-to-air unit's blower must run on a heat call too

    Scenario: Geothermal water-to-air unit, no air from the vents on a heat call
      Given the observations:
        | fact                  | value         |
        | mode                  | heat          |
        | system_type           | ground_source |
        | indoor_blower_running | false         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "indoor_blower_failure"
      And the rule "electrical.indoor_blower_off_heating_ducted" fires

    Scenario: A mini-split's indoor fan off at the start of a heat call is its cold-air delay
      Given the observations:
        | fact                  | value      |
        | mode                  | heat       |
        | system_type           | mini_split |
        | indoor_blower_running | false      |
      When the heat pump is diagnosed
      Then the diagnoses do not include "indoor_blower_failure"
      And the rule "electrical.indoor_blower_off_heating_ducted" stays silent
