Feature: Compressor valves or reversing valve: gas bypassing the compressor
  Leaking compressor valves and a reversing valve leaking inside both let hot gas slip back to the
  suction side: suction pressure up, head pressure down, capacity down. A shortfall in both heating
  and cooling points to the compressor (or the charge) rather than the reversing valve; a problem in
  one mode only points to the valve. The technician confirms by the temperatures across the valve
  body before replacing either.

  Rule: Capacity short in both modes points away from the reversing valve

    Scenario: Capacity short in heating and cooling, nothing else measured
      Given the observations:
        | fact                    | value |
        | capacity_low_both_modes | true  |
      When the heat pump is diagnosed
      Then the diagnoses include "compressor_valve_leakage"
      And the diagnoses include "low_refrigerant_charge"
      And the diagnoses do not include "reversing_valve_fault"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "routine"
      And the rule "refrigerant.capacity_low_in_both_modes" fires

    Scenario: Bypass signature on the gauges with capacity short in both modes
      Given the observations:
        | fact                    | value |
        | mode                    | cool  |
        | suction_pressure        | high  |
        | head_pressure           | low   |
        | capacity_low_both_modes | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "compressor_valve_leakage"
      And the diagnoses do not include "low_refrigerant_charge"
      And the escalation is "routine"
      And the rule "refrigerant.bypass_signature_both_modes" fires
      And the rule "refrigerant.bypass_signature_one_mode" stays silent

  Rule: The bypass signature in one mode only points to the reversing valve

    Scenario: High suction and low head in heating only
      Given the observations:
        | fact                    | value |
        | mode                    | heat  |
        | suction_pressure        | high  |
        | head_pressure           | low   |
        | capacity_low_both_modes | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "reversing_valve_fault"
      And the diagnoses include "compressor_valve_leakage"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "prompt"
      And the rule "refrigerant.bypass_signature_one_mode" fires
      And the rule "refrigerant.bypass_signature_both_modes" stays silent
      And the rule "refrigerant.capacity_low_in_both_modes" stays silent
