Feature: Observations that do not fit together - what to check first
  Two readings that cannot both describe a working system are not reasoned on as if they did:
  either one of them was misread, or a fault makes the system do what it should not. The report
  leads with that finding and says what to check. Where power is involved the safe reading is
  taken: whatever runs has power, so a compressor running "with the power off" or "with the
  thermostat off" means the outdoor unit is live. (One fact given twice with different values is
  refused instead: that is a contradiction of the input itself.)

  Rule: Whatever runs has power

    Scenario: The compressor runs although the power is said to be off
      Given the observations:
        | fact               | value |
        | power_state        | off   |
        | compressor_running | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "unit_powered_while_off"
      And the escalation is "prompt"
      And the advisories include "power_off_before_opening"
      And the diagnoses do not include "power_supply_interrupted"
      And the rule "controls.compressor_runs_with_power_off" fires

    Scenario: The power is off and the compressor is silent - nothing contradicts
      Given the observations:
        | fact               | value |
        | power_state        | off   |
        | compressor_running | false |
      When the heat pump is diagnosed
      Then the rule "controls.compressor_runs_with_power_off" stays silent
      And the diagnoses do not include "unit_powered_while_off"

    Scenario Outline: The compressor runs with the thermostat on <mode> - the textbook welded contactor
      Given the observations:
        | fact               | value  |
        | mode               | <mode> |
        | compressor_running | true   |
        | no_cooling         | true   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "failed_contactor"
      And the escalation is "prompt"
      And the diagnoses do not include "thermostat_wrong_mode"
      And the advisories include "capacitor_stored_charge"
      And the advisories include "power_off_before_opening"
      And the rule "controls.compressor_runs_with_thermostat_off" fires

      Examples:
        | mode |
        | off  |
        | fan  |

    Scenario: The thermostat is off and the compressor is silent - no contactor finding
      Given the observations:
        | fact               | value |
        | mode               | off   |
        | compressor_running | false |
      When the heat pump is diagnosed
      Then the rule "controls.compressor_runs_with_thermostat_off" stays silent
      And the diagnoses do not include "failed_contactor"

  Rule: A cooling split that means heating is not a low charge

    Scenario: Cool mode with 110 °F supply air over a 75 °F return
      Given the observations:
        | fact              | value |
        | mode              | cool  |
        | return_air_temp_f | 75    |
        | supply_air_temp_f | 110   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "heating_in_cool_mode"
      And the derived temperature_split_f is -35
      And the diagnoses include "thermostat_ob_misconfigured"
      And the diagnoses include "reversing_valve_fault"
      And the diagnoses do not include "low_refrigerant_charge"
      And the escalation is "routine"
      And the rule "controls.cooling_split_shows_heating" fires

    Scenario: Cool mode with a supply only a little colder than the return - a weak split, not heating
      Given the observations:
        | fact              | value |
        | mode              | cool  |
        | return_air_temp_f | 75    |
        | supply_air_temp_f | 70    |
      When the heat pump is diagnosed
      Then the rule "controls.cooling_split_shows_heating" stays silent
      And the diagnoses do not include "heating_in_cool_mode"
      And the diagnoses include "low_refrigerant_charge"

  Rule: A complaint that does not fit the mode points at the thermostat

    Scenario Outline: Too little cooling with the thermostat on <mode>
      Given the observations:
        | fact            | value  |
        | reduced_cooling | true   |
        | mode            | <mode> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_wrong_mode"
      And the escalation is "diy"
      And the diagnoses do not include "low_refrigerant_charge"
      And the diagnoses do not include "dirty_air_filter"
      And the rule "controls.reduced_cooling_thermostat_on_heat" fires

      Examples:
        | mode    |
        | heat    |
        | em_heat |

    Scenario: Too little cooling with the thermostat on cool - the cooling rules reason
      Given the observations:
        | fact            | value |
        | reduced_cooling | true  |
        | mode            | cool  |
      When the heat pump is diagnosed
      Then the rule "controls.reduced_cooling_thermostat_on_heat" stays silent
      And the diagnoses do not include "thermostat_wrong_mode"
      And the diagnoses include "dirty_air_filter"

    Scenario: Too little heat with the thermostat on cool
      Given the observations:
        | fact            | value |
        | reduced_heating | true  |
        | mode            | cool  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_wrong_mode"
      And the escalation is "diy"
      And the diagnoses do not include "low_refrigerant_charge"
      And the rule "controls.reduced_heating_thermostat_on_cool" fires

    Scenario: Too little heat with the thermostat on heat - the heating rules reason
      Given the observations:
        | fact            | value |
        | reduced_heating | true  |
        | mode            | heat  |
      When the heat pump is diagnosed
      Then the rule "controls.reduced_heating_thermostat_on_cool" stays silent
      And the diagnoses include "dirty_air_filter"
