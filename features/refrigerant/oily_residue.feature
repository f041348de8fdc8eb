Feature: Oily residue on refrigerant lines or fittings
  Compressor oil travels round the circuit with the refrigerant, so an oily film at a flare,
  brazed joint, service valve or coil bend shows where refrigerant is leaking out; an old, dry stain
  can mark a slow or earlier leak. The owner can look, but finding and repairing the leak and
  recharging are work for a certified technician, never a "top-off".

  Rule: Oil on the refrigerant lines marks a leak and a low charge

    Scenario: Oily film on the suction-line flare at the outdoor unit
      Given the observations:
        | fact            | value  |
        | mode            | cool   |
        | reduced_cooling | true   |
        | oily_residue    | true   |
        | refrigerant     | r410a  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the advisories include "refrigerant_certified_only"
      And the advisories do not include "flammable_refrigerant"
      And the escalation is "routine"
      And the rule "refrigerant.oily_residue_on_lines" fires

    Scenario: Clean, dry fittings do not suggest a leak by themselves
      Given the observations:
        | fact         | value |
        | oily_residue | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "low_refrigerant_charge"
      And the rule "refrigerant.oily_residue_on_lines" stays silent
