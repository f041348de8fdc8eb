Feature: Temperature split across the indoor coil
  With the system running steadily for at least 15 minutes, read a thermometer at a return grille
  and at a supply vent near the indoor unit. The split is return minus supply when cooling and
  supply minus return when heating. In cooling, 14 to 22 °F is normal: well below points into the
  sealed system, well above means too little air. In heating the normal split falls with the
  outdoor temperature (a manufacturer lists about 32 °F at 65 °F outdoors down to 7.5 °F at -10 °F),
  so the heating limits go by outdoor band rather than a single "alarm below 12 °F".

  Rule: The split is derived from the return and supply temperatures, by mode

    Scenario Outline: Deriving the split
      Given the observations:
        | fact              | value        |
        | system_type       | ducted_split |
        | mode              | <mode>       |
        | return_air_temp_f | <return>     |
        | supply_air_temp_f | <supply>     |
      When the heat pump is diagnosed
      Then the derived temperature_split_f is <split>
      And the rule "<fires>" fires
      And the rule "<silent>" stays silent

      Examples:
        | mode    | return | supply | split | fires                                            | silent                                           |
        | cool    | 76     | 57     | 19    | measurements.cooling_split_from_air_temperatures | measurements.heating_split_from_air_temperatures |
        | heat    | 68     | 94     | 26    | measurements.heating_split_from_air_temperatures | measurements.cooling_split_from_air_temperatures |
        | em_heat | 67     | 118    | 51    | measurements.heating_split_from_air_temperatures | measurements.cooling_split_from_air_temperatures |

    Scenario Outline: Deriving the split when the system type is not given
      Given the observations:
        | fact              | value    |
        | mode              | <mode>   |
        | return_air_temp_f | <return> |
        | supply_air_temp_f | <supply> |
      When the heat pump is diagnosed
      Then the derived temperature_split_f is <split>
      And the rule "<fires>" fires
      And the rule "<silent>" stays silent

      Examples:
        | mode | return | supply | split | fires                                                           | silent                                                          |
        | cool | 76     | 57     | 19    | measurements.cooling_split_from_air_temperatures_system_unknown | measurements.heating_split_from_air_temperatures_system_unknown |
        | heat | 68     | 94     | 26    | measurements.heating_split_from_air_temperatures_system_unknown | measurements.cooling_split_from_air_temperatures_system_unknown |

    Scenario Outline: An air-to-water unit has no indoor air split
      Given the observations:
        | fact              | value        |
        | system_type       | air_to_water |
        | mode              | <mode>       |
        | return_air_temp_f | 70           |
        | supply_air_temp_f | <supply>     |
      When the heat pump is diagnosed
      Then the rule "<rule>" stays silent
      And the rule "<twin>" stays silent
      And the diagnoses do not include "normal_supply_air_temperature"

      Examples:
        | mode | supply | rule                                             | twin                                                            |
        | cool | 52     | measurements.cooling_split_from_air_temperatures | measurements.cooling_split_from_air_temperatures_system_unknown |
        | heat | 95     | measurements.heating_split_from_air_temperatures | measurements.heating_split_from_air_temperatures_system_unknown |

    Scenario: Fan-only mode gives no split
      Given the observations:
        | fact              | value |
        | mode              | fan   |
        | return_air_temp_f | 74    |
        | supply_air_temp_f | 73    |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "measurements.cooling_split_from_air_temperatures" stays silent
      And the rule "measurements.heating_split_from_air_temperatures" stays silent

  Rule: A low cooling split points into the sealed system

    Scenario: Only 8 °F across the coil after an hour of running
      Given the observations:
        | fact              | value |
        | mode              | cool  |
        | reduced_cooling   | true  |
        | outdoor_temp_f    | 88    |
        | return_air_temp_f | 78    |
        | supply_air_temp_f | 70    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses include "compressor_valve_leakage"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "measurements.cooling_split_far_too_low" fires
      And the rule "measurements.cooling_split_below_normal" stays silent

    Scenario: A split of 13 °F is a little low
      Given the observations:
        | fact              | value |
        | mode              | cool  |
        | reduced_cooling   | true  |
        | return_air_temp_f | 77    |
        | supply_air_temp_f | 64    |
      When the heat pump is diagnosed
      Then the diagnoses include "low_refrigerant_charge"
      And the rule "measurements.cooling_split_below_normal" fires
      And the rule "measurements.cooling_split_far_too_low" stays silent

    Scenario: A low split five minutes after start-up is not judged yet
      Given the observations:
        | fact                  | value |
        | mode                  | cool  |
        | minutes_since_restart | 5     |
        | return_air_temp_f     | 82    |
        | supply_air_temp_f     | 72    |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "measurements.cooling_split_far_too_low" fires
      And the rule "measurements.cooling_split_low_during_pull_down" fires

    Scenario: The same low split after half an hour of steady running
      Given the observations:
        | fact                  | value |
        | mode                  | cool  |
        | minutes_since_restart | 30    |
        | return_air_temp_f     | 82    |
        | supply_air_temp_f     | 72    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the rule "measurements.cooling_split_low_during_pull_down" stays silent

  Rule: A normal cooling split clears the refrigerant circuit

    Scenario: 18 °F across the coil on an ordinary summer day
      Given the observations:
        | fact              | value |
        | mode              | cool  |
        | reduced_cooling   | true  |
        | outdoor_temp_f    | 86    |
        | return_air_temp_f | 76    |
        | supply_air_temp_f | 58    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "low_refrigerant_charge"
      And the leading diagnosis is "dirty_air_filter"
      And the escalation is "diy"
      And the rule "measurements.cooling_split_normal" fires
      And the rule "measurements.cooling_split_normal_in_heat_wave" stays silent

  Rule: A normal split in a heat wave means the load, not a fault

    Scenario: Weak cooling at 102 °F with an 18 °F split
      Given the observations:
        | fact              | value |
        | mode              | cool  |
        | reduced_cooling   | true  |
        | outdoor_temp_f    | 102   |
        | return_air_temp_f | 80    |
        | supply_air_temp_f | 62    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_extreme_weather_load"
      And "normal_extreme_weather_load" is a normal finding
      And the escalation is "none"
      And the rule "measurements.cooling_split_normal_in_heat_wave" fires

    Scenario: Weak cooling at 102 °F but only a 9 °F split
      Given the observations:
        | fact              | value |
        | mode              | cool  |
        | reduced_cooling   | true  |
        | outdoor_temp_f    | 102   |
        | return_air_temp_f | 80    |
        | supply_air_temp_f | 71    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the escalation is "routine"
      And the rule "measurements.cooling_split_normal_in_heat_wave" stays silent

    Scenario: Running nonstop through a 98 °F afternoon with a 17 °F split
      Given the observations:
        | fact              | value |
        | mode              | cool  |
        | runs_constantly   | true  |
        | outdoor_temp_f    | 98    |
        | return_air_temp_f | 79    |
        | supply_air_temp_f | 62    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_extreme_weather_load"
      And the escalation is "none"
      And the rule "measurements.constant_running_normal_split_in_heat_wave" fires

    Scenario: Running nonstop on a 78 °F day with a 17 °F split
      Given the observations:
        | fact              | value |
        | mode              | cool  |
        | runs_constantly   | true  |
        | outdoor_temp_f    | 78    |
        | return_air_temp_f | 76    |
        | supply_air_temp_f | 59    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_extreme_weather_load"
      And the rule "measurements.constant_running_normal_split_in_heat_wave" stays silent

  Rule: A high cooling split means too little air across the coil

    Scenario Outline: Split above the normal range
      Given the observations:
        | fact              | value    |
        | mode              | cool     |
        | reduced_cooling   | true     |
        | return_air_temp_f | 78       |
        | supply_air_temp_f | <supply> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the diagnoses include "dirty_indoor_coil"
      And the escalation is "diy"
      And the rule "<fires>" fires
      And the rule "<silent>" stays silent

      Examples:
        | supply | fires                                     | silent                                    |
        | 55     | measurements.cooling_split_above_normal   | measurements.cooling_split_far_too_high   |
        | 50     | measurements.cooling_split_far_too_high   | measurements.cooling_split_above_normal   |

  Rule: A heating split below the band for the outdoor temperature points into the sealed system

    Scenario Outline: Low heating split, by outdoor band
      Given the observations:
        | fact              | value     |
        | mode              | heat      |
        | reduced_heating   | true      |
        | outdoor_temp_f    | <outdoor> |
        | return_air_temp_f | 68        |
        | supply_air_temp_f | <supply>  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses do not include "normal_supply_air_temperature"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "measurements.heating_split_low_<band>" fires
      And the rule "measurements.heating_split_normal_<band>" stays silent
      And the rule "measurements.heating_split_low_for_outdoor_temperature" fires

      Examples:
        | outdoor | supply | band         |
        | 55      | 82     | mild_weather |
        | 40      | 80     | cool_weather |
        | 25      | 77     | cold_weather |
        | 10      | 74     | severe_cold  |
        | -5      | 72     | below_zero   |

  Rule: A heating split within the band for the outdoor temperature is normal output

    Scenario Outline: Normal heating split, by outdoor band
      Given the observations:
        | fact              | value        |
        | system_type       | ducted_split |
        | mode              | heat         |
        | reduced_heating   | true      |
        | outdoor_temp_f    | <outdoor> |
        | return_air_temp_f | 68        |
        | supply_air_temp_f | <supply>  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_supply_air_temperature"
      And "normal_supply_air_temperature" is a normal finding
      And the diagnoses do not include "low_refrigerant_charge"
      And the escalation is "none"
      And the rule "measurements.heating_split_normal_<band>" fires
      And the rule "measurements.heating_split_low_<band>" stays silent
      And the rule "measurements.heating_split_normal_for_outdoor_temperature" fires
      And the rule "measurements.heating_split_low_for_outdoor_temperature" stays silent

      Examples:
        | outdoor | supply | band         |
        | 55      | 92     | mild_weather |
        | 40      | 88     | cool_weather |
        | 25      | 82     | cold_weather |
        | 10      | 78     | severe_cold  |
        | -5      | 76     | below_zero   |

    Scenario: The same normal split with the system type not given is a weaker reassurance
      Given the observations:
        | fact              | value |
        | mode              | heat  |
        | reduced_heating   | true  |
        | outdoor_temp_f    | 40    |
        | return_air_temp_f | 68    |
        | supply_air_temp_f | 88    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_supply_air_temperature"
      And the questions include "system_type"
      And the rule "measurements.heating_split_normal_system_unknown" fires
      And the rule "measurements.heating_split_normal_for_outdoor_temperature" stays silent

    Scenario: A ground-source unit's split is not judged by the outdoor temperature
      Given the observations:
        | fact              | value         |
        | system_type       | ground_source |
        | mode              | heat          |
        | outdoor_temp_f    | 10            |
        | return_air_temp_f | 68            |
        | supply_air_temp_f | 78            |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_supply_air_temperature"
      And the rule "measurements.heating_split_normal_severe_cold" fires
      And the rule "measurements.heating_split_normal_for_outdoor_temperature" stays silent
      And the rule "measurements.heating_split_normal_system_unknown" stays silent

    Scenario: With AUX lit, a split no larger than the heat pump's own is not called normal
      Given the observations:
        | fact              | value        |
        | system_type       | ducted_split |
        | mode              | heat         |
        | aux_heat_on       | true         |
        | outdoor_temp_f    | 5            |
        | return_air_temp_f | 62           |
        | supply_air_temp_f | 73           |
      When the heat pump is diagnosed
      Then the diagnoses do not include "normal_supply_air_temperature"
      And the rule "measurements.heating_split_with_aux_on_is_not_the_heat_pump_band" fires

    Scenario: With AUX lit and a 30 °F split the strips are adding their heat
      Given the observations:
        | fact              | value        |
        | system_type       | ducted_split |
        | mode              | heat         |
        | aux_heat_on       | true         |
        | outdoor_temp_f    | 5            |
        | return_air_temp_f | 62           |
        | supply_air_temp_f | 92           |
      When the heat pump is diagnosed
      Then the rule "measurements.heating_split_with_aux_on_is_not_the_heat_pump_band" stays silent

    Scenario: 9 °F at 0 °F outdoors is normal, although a contractor chart alarms below 12 °F
      Given the observations:
        | fact              | value |
        | mode              | heat  |
        | reduced_heating   | true  |
        | outdoor_temp_f    | 2     |
        | return_air_temp_f | 66    |
        | supply_air_temp_f | 75    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_supply_air_temperature"
      And the diagnoses do not include "low_refrigerant_charge"
      And the rule "measurements.heating_split_normal_severe_cold" fires

  Rule: A heating split above 35 °F means too little air across the indoor coil

    Scenario: 40 °F split with a hot supply register
      Given the observations:
        | fact              | value |
        | mode              | heat  |
        | outdoor_temp_f    | 45    |
        | return_air_temp_f | 68    |
        | supply_air_temp_f | 108   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the diagnoses include "dirty_indoor_coil"
      And the diagnoses do not include "normal_supply_air_temperature"
      And the escalation is "diy"
      And the rule "measurements.heating_split_too_high" fires

    Scenario: 30 °F split on a mild day
      Given the observations:
        | fact              | value |
        | mode              | heat  |
        | outdoor_temp_f    | 60    |
        | return_air_temp_f | 68    |
        | supply_air_temp_f | 98    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "dirty_air_filter"
      And the rule "measurements.heating_split_too_high" stays silent
      And the rule "measurements.heating_split_normal_mild_weather" fires

    Scenario: A 40 °F split with AUX lit is the strips adding their heat
      Given the observations:
        | fact              | value        |
        | system_type       | ducted_split |
        | mode              | heat         |
        | aux_heat_on       | true         |
        | outdoor_temp_f    | 20           |
        | return_air_temp_f | 65           |
        | supply_air_temp_f | 105          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_aux_heat"
      And the rule "measurements.heating_split_too_high" fires
      And the rule "measurements.high_heating_split_with_aux_on_is_the_strips" fires

    Scenario: The same 40 °F split with AUX off is too little air
      Given the observations:
        | fact              | value        |
        | system_type       | ducted_split |
        | mode              | heat         |
        | aux_heat_on       | false        |
        | outdoor_temp_f    | 20           |
        | return_air_temp_f | 65           |
        | supply_air_temp_f | 105          |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the rule "measurements.high_heating_split_with_aux_on_is_the_strips" stays silent

  Rule: A split measured during a defrost says nothing about the sealed system

    Scenario: Supply air below return while the outdoor unit steams
      Given the observations:
        | fact              | value        |
        | system_type       | ducted_split |
        | mode              | heat         |
        | outdoor_steam     | true         |
        | outdoor_temp_f    | 30           |
        | return_air_temp_f | 68           |
        | supply_air_temp_f | 62           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the rule "measurements.low_heating_split_during_defrost" fires

    Scenario: The same low split with no defrost going on points into the sealed system
      Given the observations:
        | fact              | value        |
        | system_type       | ducted_split |
        | mode              | heat         |
        | outdoor_steam     | false        |
        | outdoor_temp_f    | 30           |
        | return_air_temp_f | 68           |
        | supply_air_temp_f | 62           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the rule "measurements.low_heating_split_during_defrost" stays silent

  Rule: Heat-pump supply air of 85 to 110 °F is normal even when it feels cool

    Scenario: Supply air at 95 °F feels lukewarm to the hand
      Given the observations:
        | fact              | value        |
        | system_type       | ducted_split |
        | mode              | heat         |
        | reduced_heating   | true         |
        | supply_air_temp_f | 95           |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_supply_air_temperature"
      And "normal_supply_air_temperature" is a normal finding
      And the rule "measurements.heat_pump_supply_air_in_normal_range" fires
      And the rule "measurements.heat_pump_supply_air_in_normal_range_system_unknown" stays silent

    Scenario: The same 95 °F with the system type not given is a weaker reassurance
      Given the observations:
        | fact              | value |
        | mode              | heat  |
        | reduced_heating   | true  |
        | supply_air_temp_f | 95    |
      When the heat pump is diagnosed
      Then "normal_supply_air_temperature" is a normal finding
      And the rule "measurements.heat_pump_supply_air_in_normal_range_system_unknown" fires
      And the rule "measurements.heat_pump_supply_air_in_normal_range" stays silent

    Scenario: An air-to-water unit has no supply air to call normal
      Given the observations:
        | fact              | value        |
        | system_type       | air_to_water |
        | mode              | heat         |
        | reduced_heating   | true         |
        | supply_air_temp_f | 95           |
      When the heat pump is diagnosed
      Then the rule "measurements.heat_pump_supply_air_in_normal_range" stays silent
      And the rule "measurements.heat_pump_supply_air_in_normal_range_system_unknown" stays silent

    Scenario: Supply air of only 78 °F
      Given the observations:
        | fact              | value |
        | mode              | heat  |
        | reduced_heating   | true  |
        | supply_air_temp_f | 78    |
      When the heat pump is diagnosed
      Then the rule "measurements.heat_pump_supply_air_in_normal_range" stays silent
      And the diagnoses include "dirty_air_filter"
