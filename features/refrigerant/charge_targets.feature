Feature: Charge verification by metering device (technician)
  Superheat and subcooling mean nothing without a target. A TXV or EEV system is charged by
  subcooling, a fixed piston by superheat against the chart for indoor wet bulb and outdoor dry
  bulb, and heating mode is read against the heating table. The manufacturers and the trade pages
  do not agree on the TXV subcooling target (8 ± 1, 7 to 9, 10 to 15 °F), so only a reading outside
  every source's normal range is called low or high; the nameplate always governs. Gauges and
  refrigerant are for certified technicians only.

  Rule: Superheat is read against the band for the metering device and the mode

    Scenario Outline: <superheat> °F superheat on a <device> system in <mode> reads <band>
      Given the observations:
        | fact            | value    |
        | mode            | <mode>   |
        | metering_device | <device> |
        | superheat_f     | <superheat> |
      When the heat pump is diagnosed
      Then the rule "refrigerant.superheat_<context>_<band>" fires
      And the rule "refrigerant.superheat_<context>_<other>" stays silent

      Examples:
        | mode | device | superheat | context         | band   | other  |
        | cool | txv    | 3         | txv_cooling     | low    | normal |
        | cool | txv    | 10        | txv_cooling     | normal | high   |
        | cool | txv    | 15        | txv_cooling     | normal | low    |
        | cool | txv    | 18        | txv_cooling     | high   | low    |
        | cool | txv    | 4         | txv_cooling     | low    | high   |
        | cool | piston | 4         | piston_cooling  | low    | high   |
        | cool | piston | 20        | piston_cooling  | normal | low    |
        | cool | piston | 30        | piston_cooling  | high   | normal |
        | cool | eev    | 3         | eev_cooling     | low    | normal |
        | cool | eev    | 18        | eev_cooling     | normal | high   |
        | cool | eev    | 24        | eev_cooling     | high   | low    |
        | heat | txv    | 4         | heating         | low    | high   |
        | heat | piston | 12        | heating         | normal | low    |
        | heat | eev    | 20        | heating         | high   | normal |

    Scenario: Superheat without the metering device is not judged in cooling
      Given the observations:
        | fact        | value |
        | mode        | cool  |
        | superheat_f | 30    |
      When the heat pump is diagnosed
      Then the rule "refrigerant.superheat_piston_cooling_high" stays silent
      And the rule "refrigerant.superheat_txv_cooling_high" stays silent
      And there is no diagnosis

  Rule: Subcooling is read against the band for the metering device and the mode

    Scenario Outline: <subcooling> °F subcooling on a <device> system in <mode> reads <band>
      Given the observations:
        | fact            | value        |
        | mode            | <mode>       |
        | metering_device | <device>     |
        | subcooling_f    | <subcooling> |
      When the heat pump is diagnosed
      Then the rule "refrigerant.subcooling_<context>_<band>" fires
      And the rule "refrigerant.subcooling_<context>_<other>" stays silent

      Examples:
        | mode | device | subcooling | context                | band   | other  |
        | cool | txv    | 5          | fixed_or_txv_cooling   | low    | normal |
        | cool | txv    | 8          | fixed_or_txv_cooling   | normal | high   |
        | cool | piston | 12         | fixed_or_txv_cooling   | normal | low    |
        | cool | txv    | 19         | fixed_or_txv_cooling   | high   | low    |
        | cool | piston | 3          | fixed_or_txv_cooling   | low    | high   |
        | cool | eev    | 3          | eev_cooling            | low    | normal |
        | cool | eev    | 8          | eev_cooling            | normal | high   |
        | cool | eev    | 14         | eev_cooling            | high   | low    |
        | heat | txv    | 3          | heating                | low    | high   |
        | heat | txv    | 12         | heating                | normal | low    |
        | heat | piston | 24         | heating                | high   | normal |

  Rule: On a TXV or EEV system low subcooling with steady superheat means a low charge

    Scenario: TXV system 4 °F subcooled with 10 °F superheat
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | metering_device | txv   |
        | superheat_f     | 10    |
        | subcooling_f    | 4     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the diagnoses do not include "liquid_line_restriction"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "refrigerant.txv_subcooling_low" fires

    Scenario: TXV system at Goodman's 8 °F subcooling is not called short, whatever a trade page says
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | metering_device | txv   |
        | superheat_f     | 10    |
        | subcooling_f    | 7.5   |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "refrigerant.txv_subcooling_low" stays silent

  Rule: On a TXV or EEV system high subcooling with steady superheat means an overcharge

    Scenario: EEV inverter unit 15 °F subcooled with 8 °F superheat
      Given the observations:
        | fact            | value |
        | mode            | cool  |
        | metering_device | eev   |
        | superheat_f     | 8     |
        | subcooling_f    | 15    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "refrigerant_overcharge"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "refrigerant.txv_subcooling_high" fires

    Scenario: High subcooling on a piston system is not read as a TXV charge check
      Given the observations:
        | fact            | value  |
        | mode            | cool   |
        | metering_device | piston |
        | superheat_f     | 10     |
        | subcooling_f    | 18     |
      When the heat pump is diagnosed
      Then the rule "refrigerant.txv_subcooling_high" stays silent

  Rule: On a piston system superheat outside every chart target says the charge is off

    Scenario: Piston system at 32 °F superheat on a cooling day
      Given the observations:
        | fact            | value  |
        | mode            | cool   |
        | metering_device | piston |
        | superheat_f     | 32     |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the escalation is "routine"
      And the rule "refrigerant.piston_superheat_high" fires

    Scenario: Piston system at 18 °F superheat may well be on its chart target
      Given the observations:
        | fact            | value  |
        | mode            | cool   |
        | metering_device | piston |
        | superheat_f     | 18     |
      When the heat pump is diagnosed
      Then there is no diagnosis
      And the rule "refrigerant.piston_superheat_high" stays silent
      And the rule "refrigerant.piston_superheat_low" stays silent

    Scenario: Piston system at 2 °F superheat is flooding the evaporator
      Given the observations:
        | fact            | value  |
        | mode            | cool   |
        | metering_device | piston |
        | superheat_f     | 2      |
      When the heat pump is diagnosed
      Then the leading diagnosis is "refrigerant_overcharge"
      And the diagnoses include "dirty_air_filter"
      And the rule "refrigerant.piston_superheat_low" fires

  Rule: Readings taken before the system has run steadily carry less weight

    Scenario: Readings taken five minutes after a restart
      Given the observations:
        | fact                  | value  |
        | mode                  | cool   |
        | metering_device       | piston |
        | superheat_f           | 32     |
        | minutes_since_restart | 5      |
      When the heat pump is diagnosed
      Then the rule "refrigerant.readings_before_steady_state" fires
      And the rule "refrigerant.piston_superheat_high" fires
      And "low_refrigerant_charge" is among the first 1 diagnoses

    Scenario: Readings after 30 minutes of steady running count in full
      Given the observations:
        | fact                  | value  |
        | mode                  | cool   |
        | metering_device       | piston |
        | superheat_f           | 32     |
        | minutes_since_restart | 30     |
      When the heat pump is diagnosed
      Then the rule "refrigerant.readings_before_steady_state" stays silent
      And the leading diagnosis is "low_refrigerant_charge"
