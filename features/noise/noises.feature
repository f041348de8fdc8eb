Feature: Noises from the heat pump
  A heat pump makes several normal sounds: a whoosh when the reversing valve shifts (at defrost, when
  heating in frosting weather, and at start, stop or a change of mode), a
  soft hiss as pressures equalise at start and stop, squeaks from plastic parts, relay clicks and a
  quiet hum from the reversing-valve coil. The same kinds of sound have abnormal versions: a hiss
  that never stops, grinding, a persistent shriek, rattling, metal-on-metal banging, a loud buzz or
  clicking over and over. For a shriek or banging the unit is shut down first; before anyone looks
  near the outdoor fan the power goes off, because the fan can start without warning.

  Rule: Normal operating sounds

    Scenario Outline: A <noise> is a normal operating sound
      Given noise is "<noise>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_operating_sound"
      And "normal_operating_sound" is a normal finding
      And the escalation is "none"
      And nothing further is needed if that does not fix it
      And the rule "<rule>" fires

      Examples:
        | noise         | rule                                       |
        | whoosh        | noise_smell.whoosh_is_valve_shift          |
        | hiss_brief    | noise_smell.brief_hiss_is_equalising       |
        | squeaking     | noise_smell.squeak_is_plastic_expanding    |
        | humming_quiet | noise_smell.quiet_hum_is_valve_coil        |
        | clicking      | noise_smell.click_is_relay                 |

    Scenario: The whoosh at defrost changeover comes with the defrost itself
      Given the observations:
        | fact           | value        |
        | system_type    | ducted_split |
        | mode           | heat         |
        | outdoor_temp_f | 33           |
        | noise          | whoosh       |
      When the heat pump is diagnosed
      Then the diagnoses include "normal_defrost_cycle"
      And the advisories include "do_not_switch_off_during_defrost"
      And the escalation is "none"
      And the rule "noise_smell.whoosh_is_defrost_changeover" fires
      And the rule "noise_smell.whoosh_is_valve_shift" fires

    Scenario: A whoosh in cooling is the valve shifting, never a defrost
      Given the observations:
        | fact           | value        |
        | system_type    | ducted_split |
        | mode           | cool         |
        | outdoor_temp_f | 33           |
        | noise          | whoosh       |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_operating_sound"
      And the diagnoses do not include "normal_defrost_cycle"
      And the advisories do not include "do_not_switch_off_during_defrost"
      And the rule "noise_smell.whoosh_is_defrost_changeover" stays silent
      And the rule "noise_smell.whoosh_is_valve_shift" fires

    Scenario: A whoosh from a heating unit on a mild day is no defrost
      Given the observations:
        | fact           | value        |
        | system_type    | ducted_split |
        | mode           | heat         |
        | outdoor_temp_f | 60           |
        | noise          | whoosh       |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_defrost_cycle"
      And the rule "noise_smell.whoosh_is_defrost_changeover" stays silent

    Scenario: A whoosh from a ground-source unit in winter is no defrost
      Given the observations:
        | fact           | value         |
        | system_type    | ground_source |
        | mode           | heat          |
        | outdoor_temp_f | 20            |
        | noise          | whoosh        |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_defrost_cycle"
      And the rule "noise_smell.whoosh_is_defrost_changeover" stays silent

    Scenario: A squeal or rattle just after start-up is normal on some units
      Given the observations:
        | fact                  | value     |
        | noise                 | squealing |
        | minutes_since_restart | 1         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_operating_sound"
      And the escalation is "none"
      And if that does not fix it, the escalation is "prompt"
      And the rule "noise_smell.startup_squeal_or_rattle" fires
      And the rule "noise_smell.squeak_is_plastic_expanding" stays silent

    Scenario: A rattle in the first minute after start-up
      Given the observations:
        | fact                  | value    |
        | noise                 | rattling |
        | minutes_since_restart | 2        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_operating_sound"
      And the escalation is "none"
      And the rule "noise_smell.startup_squeal_or_rattle" fires

  Rule: Hissing: a brief hiss is normal, a continuous one is a possible leak

    Scenario: A hiss that does not stop
      Given noise is "hiss_continuous"
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "noise_smell.continuous_hiss_leak" fires
      And the rule "noise_smell.brief_hiss_is_equalising" stays silent

    Scenario: A brief hiss at shutdown is not taken for a leak
      Given noise is "hiss_brief"
      When the heat pump is diagnosed
      Then the diagnoses do not include "low_refrigerant_charge"
      And the advisories do not include "refrigerant_certified_only"
      And the rule "noise_smell.continuous_hiss_leak" stays silent

    Scenario: Continuous hissing, oily fittings and weak cooling on an R-32 unit
      Given the observations:
        | fact            | value           |
        | mode            | cool            |
        | reduced_cooling | true            |
        | noise           | hiss_continuous |
        | oily_residue    | true            |
        | refrigerant     | r32             |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the advisories include "flammable_refrigerant"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "prompt"
      And the rule "noise_smell.continuous_hiss_with_oil" fires
      And the rule "noise_smell.leak_sound_with_lost_cooling" fires
      And the rule "noise_smell.a2l_leak_sound" fires

    Scenario: Continuous hissing on an R-410A unit with clean fittings
      Given the observations:
        | fact         | value           |
        | noise        | hiss_continuous |
        | oily_residue | false           |
        | refrigerant  | r410a           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the advisories do not include "flammable_refrigerant"
      And the rule "noise_smell.continuous_hiss_with_oil" stays silent
      And the rule "noise_smell.a2l_leak_sound" stays silent

  Rule: Gurgling is a defrost sound or a sign of low charge

    Scenario: Gurgling and weak heating
      Given the observations:
        | fact            | value    |
        | mode            | heat     |
        | reduced_heating | true     |
        | noise           | gurgling |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the advisories include "refrigerant_certified_only"
      And the rule "noise_smell.gurgling_low_charge" fires
      And the rule "noise_smell.leak_sound_with_lost_heating" fires
      And the rule "noise_smell.gurgling_during_defrost" stays silent

    Scenario: Gurgling while the outdoor unit steams in defrost
      Given the observations:
        | fact           | value        |
        | system_type    | ducted_split |
        | mode           | heat         |
        | outdoor_temp_f | 33           |
        | noise          | gurgling     |
        | outdoor_steam  | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the diagnoses include "normal_operating_sound"
      And the diagnoses do not include "low_refrigerant_charge"
      And the escalation is "none"
      And the rule "noise_smell.gurgling_during_defrost" fires
      And the rule "noise_smell.whoosh_is_defrost_changeover" stays silent

    Scenario: Weak heating with only relay clicks is not blamed on a leak sound
      Given the observations:
        | fact            | value    |
        | mode            | heat     |
        | reduced_heating | true     |
        | noise           | clicking |
      When the heat pump is diagnosed
      Then the rule "noise_smell.leak_sound_with_lost_heating" stays silent
      And the rule "noise_smell.gurgling_low_charge" stays silent

    Scenario: Weak cooling with a brief hiss at start-up
      Given the observations:
        | fact            | value      |
        | mode            | cool       |
        | reduced_cooling | true       |
        | noise           | hiss_brief |
      When the heat pump is diagnosed
      Then the diagnoses include "normal_operating_sound"
      And the rule "noise_smell.leak_sound_with_lost_cooling" stays silent

  Rule: Grinding, squealing and shrieking come from bearings, motors or the compressor

    Scenario: Grinding from the outdoor unit
      Given noise is "grinding"
      When the heat pump is diagnosed
      Then the leading diagnosis is "motor_bearing_wear"
      And the advisories include "shut_down_abnormal_noise"
      And the advisories include "fan_may_start"
      And the advisories include "power_off_before_opening"
      And the escalation is "prompt"
      And the rule "noise_smell.grinding_bearings" fires
      And the rule "noise_smell.persistent_squeal" stays silent

    Scenario: A squeal that goes on long after start-up
      Given the observations:
        | fact                  | value     |
        | noise                 | squealing |
        | minutes_since_restart | 40        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "motor_bearing_wear"
      And the advisories include "fan_may_start"
      And the escalation is "prompt"
      And the rule "noise_smell.persistent_squeal" fires
      And the rule "noise_smell.startup_squeal_or_rattle" stays silent
      And the rule "noise_smell.shrieking_shut_down" stays silent
      And the rule "noise_smell.grinding_bearings" stays silent

    Scenario: A persistent high-pitched shriek
      Given noise is "shrieking"
      When the heat pump is diagnosed
      Then the diagnoses include "compressor_failure"
      And the diagnoses include "motor_bearing_wear"
      And the advisories include "shut_down_abnormal_noise"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "prompt"
      And the rule "noise_smell.shrieking_shut_down" fires

  Rule: Rattling and banging come from loose parts or something in the fan

    Scenario: Rattling while the unit runs
      Given noise is "rattling"
      When the heat pump is diagnosed
      Then the leading diagnosis is "loose_panels"
      And the advisories include "fan_may_start"
      And the advisories include "power_off_before_opening"
      And the advisories do not include "shut_down_abnormal_noise"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "prompt"
      And the rule "noise_smell.rattling_loose_parts" fires
      And the rule "noise_smell.metal_banging" stays silent

    Scenario: Rattling with leaves and sticks in the outdoor unit
      Given the observations:
        | fact           | value    |
        | noise          | rattling |
        | visible_debris | leaves   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "fan_obstruction"
      And the advisories include "fan_may_start"
      And the escalation is "diy"
      And the rule "noise_smell.rattling_with_debris" fires

    Scenario: Rattling from a unit with nothing around it
      Given the observations:
        | fact           | value    |
        | noise          | rattling |
        | visible_debris | none     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "loose_panels"
      And the rule "noise_smell.rattling_with_debris" stays silent

    Scenario: Metal-on-metal banging from the outdoor fan
      Given noise is "banging"
      When the heat pump is diagnosed
      Then the leading diagnosis is "fan_obstruction"
      And the advisories include "shut_down_abnormal_noise"
      And the advisories include "fan_may_start"
      And the escalation is "prompt"
      And the rule "noise_smell.metal_banging" fires
      And the rule "noise_smell.rattling_loose_parts" stays silent

    Scenario: Banging from a unit encased in ice is the blade hitting the ice
      Given the observations:
        | fact        | value     |
        | mode        | heat      |
        | noise       | banging   |
        | outdoor_ice | heavy_ice |
      When the heat pump is diagnosed
      Then the leading diagnosis is "fan_obstruction"
      And the diagnoses include "defrost_control_failure"
      And the advisories include "shut_down_abnormal_noise"
      And the advisories include "no_sharp_tools_on_ice"
      And the escalation is "prompt"
      And the rule "noise_smell.banging_on_ice" fires

    Scenario: Banging with only a light frost on the coil
      Given the observations:
        | fact        | value       |
        | mode        | heat        |
        | noise       | banging     |
        | outdoor_ice | light_frost |
      When the heat pump is diagnosed
      Then "fan_obstruction" is among the first 2 diagnoses
      And "normal_frost" is a normal finding
      And the escalation is "prompt"
      And the rule "noise_smell.banging_on_ice" stays silent

  Rule: Loud buzzing, humming without a start and rapid clicking are electrical

    Scenario: A loud buzz from the outdoor unit
      Given noise is "buzzing_loud"
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_capacitor"
      And the diagnoses include "failed_contactor"
      And the first advisory is "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "noise_smell.loud_buzz_electrical" fires
      And the rule "noise_smell.quiet_hum_is_valve_coil" stays silent

    Scenario: A loud buzz and the unit will not start
      Given the observations:
        | fact            | value        |
        | noise           | buzzing_loud |
        | unit_wont_start | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_capacitor"
      And the first advisory is "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "noise_smell.loud_buzz_no_start" fires

    Scenario: A loud buzz from a unit that starts and runs
      Given the observations:
        | fact            | value        |
        | noise           | buzzing_loud |
        | unit_wont_start | false        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_capacitor"
      And the rule "noise_smell.loud_buzz_no_start" stays silent

    Scenario: A hum from a unit that will not start is not the valve coil
      Given the observations:
        | fact            | value         |
        | noise           | humming_quiet |
        | unit_wont_start | true          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_capacitor"
      And the advisories include "capacitor_stored_charge"
      And the escalation is "prompt"
      And the rule "noise_smell.hum_without_start" fires

    Scenario: A quiet hum from a unit that starts normally
      Given the observations:
        | fact            | value         |
        | noise           | humming_quiet |
        | unit_wont_start | false         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_operating_sound"
      And the escalation is "none"
      And the rule "noise_smell.hum_without_start" stays silent
      And the rule "noise_smell.loud_buzz_electrical" stays silent

    Scenario: Clicking over and over and the unit will not start
      Given the observations:
        | fact            | value          |
        | noise           | rapid_clicking |
        | unit_wont_start | true           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_contactor"
      And the diagnoses include "control_voltage_fault"
      And the diagnoses do not include "normal_operating_sound"
      And the escalation is "prompt"
      And the rule "noise_smell.rapid_clicking" fires
      And the rule "noise_smell.rapid_clicking_no_start" fires
      And the rule "noise_smell.click_is_relay" stays silent

    Scenario: Rapid clicking from a unit that still runs
      Given the observations:
        | fact            | value          |
        | noise           | rapid_clicking |
        | unit_wont_start | false          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_contactor"
      And the rule "noise_smell.rapid_clicking_no_start" stays silent

    Scenario: Single clicks at start and stop are relays, not a fault
      Given noise is "clicking"
      When the heat pump is diagnosed
      Then the diagnoses do not include "failed_contactor"
      And the rule "noise_smell.rapid_clicking" stays silent
