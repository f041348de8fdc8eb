Feature: Measured readings outweigh general symptoms, and readings in band clear a cause
  "Weak cooling" alone points first to the filter. A technician's gauges say more: a pattern the
  charts give one cause outranks a cause backed only by the complaint, and a reading that runs the
  wrong way for a cause counts against it. Superheat, subcooling and pressures inside their bands
  clear the charge faults; a head pressure inside the chart clears the faults that raise it.

  Rule: High head with low suction in cooling is the textbook restriction, not the filter

    Scenario: Weak cooling, low suction and high head pressure
      Given the observations:
        | fact             | value |
        | mode             | cool  |
        | reduced_cooling  | true  |
        | suction_pressure | low   |
        | head_pressure    | high  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "liquid_line_restriction"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "refrigerant.chart_high_head_low_suction" fires
      And the rule "refrigerant.cooling_high_head_contradicts_indoor_airflow" fires
      And the rule "refrigerant.cooling_low_suction_contradicts_outdoor_airflow" fires
      And the rule "refrigerant.high_head_contradicts_undercharge" fires
      And the rule "refrigerant.chart_cool_low_suction" stays silent
      And the rule "refrigerant.chart_cool_high_head" stays silent

    Scenario: High head pressure in heating is consistent with a loaded filter
      Given the observations:
        | fact            | value |
        | mode            | heat  |
        | reduced_heating | true  |
        | head_pressure   | high  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the rule "refrigerant.cooling_high_head_contradicts_indoor_airflow" stays silent
      And the rule "refrigerant.high_head_contradicts_undercharge" fires

    Scenario: High suction in cooling keeps the outdoor coil in play
      Given the observations:
        | fact             | value |
        | mode             | cool  |
        | suction_pressure | high  |
        | head_pressure    | high  |
      When the heat pump is diagnosed
      Then the diagnoses include "dirty_outdoor_coil"
      And the rule "refrigerant.cooling_low_suction_contradicts_outdoor_airflow" stays silent

    Scenario: Low head pressure in cooling does not count against the charge
      Given the observations:
        | fact             | value |
        | mode             | cool  |
        | suction_pressure | low   |
        | head_pressure    | low   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the rule "refrigerant.high_head_contradicts_undercharge" stays silent

  Rule: High superheat in cooling argues against low indoor airflow

    Scenario: Piston system with 30 °F superheat and weak cooling
      Given the observations:
        | fact            | value  |
        | mode            | cool   |
        | reduced_cooling | true   |
        | metering_device | piston |
        | superheat_f     | 30     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the rule "refrigerant.cooling_high_superheat_contradicts_indoor_airflow" fires

    Scenario: Piston system with 20 °F superheat, inside the chart range
      Given the observations:
        | fact            | value  |
        | mode            | cool   |
        | reduced_cooling | true   |
        | metering_device | piston |
        | superheat_f     | 20     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the rule "refrigerant.cooling_high_superheat_contradicts_indoor_airflow" stays silent

  Rule: Readings inside their bands clear the charge faults

    Scenario: Every reading in band on a TXV system that cools weakly: look at the airflow
      Given the observations:
        | fact             | value  |
        | mode             | cool   |
        | reduced_cooling  | true   |
        | metering_device  | txv    |
        | superheat_f      | 9      |
        | subcooling_f     | 10     |
        | suction_pressure | normal |
        | head_pressure    | normal |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the diagnoses do not include "low_refrigerant_charge"
      And the diagnoses do not include "dirty_outdoor_coil"
      And the advisories do not include "refrigerant_certified_only"
      And the escalation is "diy"
      And the rule "refrigerant.readings_in_band_exonerate_charge" fires
      And the rule "refrigerant.all_readings_in_band_exonerate_sealed_system" fires
      And the rule "refrigerant.txv_subcooling_normal_exonerates_charge" fires
      And the rule "refrigerant.cooling_normal_head_contradicts_condenser_faults" fires

    Scenario: The same readings but the head pressure high: the outdoor coil comes forward
      Given the observations:
        | fact             | value  |
        | mode             | cool   |
        | reduced_cooling  | true   |
        | metering_device  | txv    |
        | superheat_f      | 9      |
        | subcooling_f     | 10     |
        | suction_pressure | normal |
        | head_pressure    | high   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_outdoor_coil"
      And the diagnoses do not include "refrigerant_overcharge"
      And the rule "refrigerant.all_readings_in_band_exonerate_sealed_system" stays silent
      And the rule "refrigerant.readings_in_band_exonerate_charge" fires
      And the rule "refrigerant.cooling_normal_head_contradicts_condenser_faults" stays silent

    Scenario: Superheat in band but subcooling low on a TXV system is still a short charge
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | metering_device | txv   |
        | superheat_f     | 9     |
        | subcooling_f    | 3     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the rule "refrigerant.readings_in_band_exonerate_charge" stays silent
      And the rule "refrigerant.txv_subcooling_normal_exonerates_charge" stays silent

    Scenario: On a piston system subcooling alone is not the charge check
      Given the observations:
        | fact             | value  |
        | mode             | cool   |
        | metering_device  | piston |
        | superheat_f      | 30     |
        | subcooling_f     | 10     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the rule "refrigerant.txv_subcooling_normal_exonerates_charge" stays silent

    Scenario: In heating, superheat and subcooling in band clear the charge faults
      Given the observations:
        | fact             | value  |
        | mode             | heat   |
        | reduced_heating  | true   |
        | superheat_f      | 10     |
        | subcooling_f     | 12     |
        | head_pressure    | normal |
      When the heat pump is diagnosed
      Then the diagnoses do not include "low_refrigerant_charge"
      And the diagnoses do not include "refrigerant_overcharge"
      And the rule "refrigerant.readings_in_band_exonerate_charge" fires
      And the rule "refrigerant.heating_normal_head_contradicts_indoor_coil_and_overcharge" fires

    Scenario: In heating, high head pressure is not cleared
      Given the observations:
        | fact             | value |
        | mode             | heat  |
        | reduced_heating  | true  |
        | head_pressure    | high  |
      When the heat pump is diagnosed
      Then the rule "refrigerant.heating_normal_head_contradicts_indoor_coil_and_overcharge" stays silent

  Rule: Specific refrigerant-side evidence sets the level even beside a cheaper fault

    Scenario: Oil at the joints and a clogged filter: the filter first, a certified technician booked
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | reduced_cooling | true  |
        | filter_dirty    | true  |
        | oily_residue    | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the escalation is "routine"
      And the rule "refrigerant.oily_residue_on_lines" fires

    Scenario: A clogged filter with the joints seen clean stays a do-it-yourself job
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | reduced_cooling | true  |
        | filter_dirty    | true  |
        | oily_residue    | false |
      When the heat pump is diagnosed
      Then the escalation is "diy"
      And the rule "refrigerant.oily_residue_on_lines" stays silent

    Scenario: A continuous hiss and a clogged filter: a certified technician booked
      Given the observations:
        | fact            | value           |
        | mode            | cool            |
        | reduced_cooling | true            |
        | filter_dirty    | true            |
        | noise           | hiss_continuous |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the escalation is "routine"
      And the rule "noise_smell.continuous_hiss_leak" fires

    Scenario: A brief hiss at a defrost or shut-down is no leak sign
      Given the observations:
        | fact            | value      |
        | mode            | cool       |
        | reduced_cooling | true       |
        | filter_dirty    | true       |
        | noise           | hiss_brief |
      When the heat pump is diagnosed
      Then the escalation is "diy"
      And the rule "noise_smell.continuous_hiss_leak" stays silent
