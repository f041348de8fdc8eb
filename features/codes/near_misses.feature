Feature: Near misses in the codes rules
  Each scenario meets every condition of one rule but one, and the rule stays silent: the
  condition that is missing is what the rule turns on.

  Rule: One condition short, the rule does not conclude

    Scenario: Daikin Altherma flow or freeze code in frost on a circuit without glycol, except that outdoor_temp_f is 37
      Given the observations:
        | fact | value |
        | antifreeze | none |
        | brand | Daikin |
        | error_code | 7H |
        | outdoor_temp_f | 37 |
        | product_family | Altherma |
      When the heat pump is diagnosed
      Then the rule "codes.altherma_7h_freeze_risk" stays silent

    Scenario: Daikin Altherma flow code with every zone valve shut: no flow path, except that zone_valves_closed is false
      Given the observations:
        | fact | value |
        | brand | Daikin |
        | error_code | 7H |
        | product_family | Altherma |
        | zone_valves_closed | false |
      When the heat pump is diagnosed
      Then the rule "codes.altherma_7h_valves_closed" stays silent

    Scenario: Daikin Altherma E3 in heating: high pressure following low water flow, except that mode is cool
      Given the observations:
        | fact | value |
        | brand | Daikin |
        | error_code | E3 |
        | mode | cool |
        | product_family | Altherma |
      When the heat pump is diagnosed
      Then the rule "codes.altherma_e3_high_pressure_heating_flow" stays silent

    Scenario: Panasonic Aquarea flow or freeze code in frost on a circuit without glycol, except that outdoor_temp_f is 37
      Given the observations:
        | fact | value |
        | antifreeze | none |
        | brand | Panasonic |
        | error_code | H62 |
        | outdoor_temp_f | 37 |
        | product_family | Aquarea |
      When the heat pump is diagnosed
      Then the rule "codes.aquarea_h62_freeze_risk" stays silent

    Scenario: Panasonic Aquarea flow code with every zone valve shut: no flow path, except that zone_valves_closed is false
      Given the observations:
        | fact | value |
        | brand | Panasonic |
        | error_code | H62 |
        | product_family | Aquarea |
        | zone_valves_closed | false |
      When the heat pump is diagnosed
      Then the rule "codes.aquarea_h62_valves_closed" stays silent

    Scenario: Carrier Aquazone code 4 on a water-only loop: the JW3 antifreeze setting is not the cause, except that antifreeze is propylene_glycol
      Given the observations:
        | fact | value |
        | antifreeze | propylene_glycol |
        | brand | Carrier |
        | error_code | 4 |
        | product_family | Aquazone |
      When the heat pump is diagnosed
      Then the rule "codes.aquazone_code4_fp1_no_antifreeze" stays silent

    Scenario: With the brand and product family known, the code can be looked up, except that error_code is not known
      Given the observations:
        | fact | value |
        | brand | sample |
        | product_family | sample |
      When the heat pump is diagnosed
      Then the rule "codes.code_readable_with_brand_and_family" stays silent

    Scenario: Comfort Alert 2 flashes with the outdoor fan standing still, except that outdoor_fan_running is true
      Given the observations:
        | fact | value |
        | brand | sample |
        | error_code | 2 |
        | outdoor_fan_running | true |
        | product_family | Comfort Alert |
      When the heat pump is diagnosed
      Then the rule "codes.comfort_alert_flash2_outdoor_fan_still" stays silent

    Scenario: Daikin FTKS E7 with ice or debris at the outdoor unit, except that outdoor_ice is none
      Given the observations:
        | fact | value |
        | brand | Daikin |
        | error_code | E7 |
        | outdoor_ice | none |
        | product_family | FTKS |
      When the heat pump is diagnosed
      Then the rule "codes.daikin_ftks_e7_fan_iced_or_blocked" stays silent

    Scenario: Daikin FTKS code with a tripped breaker: the supply is off, except that power_state is on
      Given the observations:
        | fact | value |
        | brand | Daikin |
        | error_code | U4 |
        | power_state | on |
        | product_family | FTKS |
      When the heat pump is diagnosed
      Then the rule "codes.daikin_ftks_u4_breaker_tripped" stays silent

    Scenario: Mitsubishi PEA E0 or E4: remote-controller transmission error, except that error_code is E9
      Given the observations:
        | fact | value |
        | brand | Mitsubishi |
        | error_code | E9 |
        | product_family | PEA |
      When the heat pump is diagnosed
      Then the rule "codes.pea_e0_e4_remote_transmission" stays silent

    Scenario: Mitsubishi PUMY refrigerant-shortage code on an A2L (mildly flammable) refrigerant, except that refrigerant is r410a
      Given the observations:
        | fact | value |
        | brand | Mitsubishi |
        | error_code | U2 |
        | product_family | PUMY |
        | refrigerant | r410a |
      When the heat pump is diagnosed
      Then the rule "codes.pumy_u2_a2l" stays silent
