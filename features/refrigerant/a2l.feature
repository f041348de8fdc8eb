Feature: A2L refrigerants (R-454B, R-32) with a suspected leak
  Newer systems use R-454B or R-32, which are mildly flammable (class A2L), unlike R-410A. When a
  leak is suspected on such a system the house must be aired, flames and sparks kept away, the
  refrigerant leak sensor never bypassed, and an A2L-trained technician called.

  Rule: A suspected leak on an A2L system brings the flammable-refrigerant warning

  Specific leak evidence on an A2L system (oil at a joint, a continuous hiss) is a leak of a
  flammable refrigerant until a technician rules it out: it sets the level to prompt even when a
  cheaper fault, such as a loaded filter, is there as well.

    Scenario Outline: Oil on the lines of an <refrigerant> system
      Given the observations:
        | fact         | value         |
        | oily_residue | true          |
        | refrigerant  | <refrigerant> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the first advisory is "flammable_refrigerant"
      And the advisories include "refrigerant_certified_only"
      And the escalation is "prompt"
      And the rule "refrigerant.a2l_oily_residue" fires
      And the rule "refrigerant.a2l_suspected_leak" fires

      Examples:
        | refrigerant |
        | r454b       |
        | r32         |

    Scenario: Oil and a continuous hiss on an R-32 mini-split that also has a loaded filter
      Given the observations:
        | fact            | value           |
        | system_type     | mini_split      |
        | refrigerant     | r32             |
        | mode            | cool            |
        | reduced_cooling | true            |
        | filter_dirty    | true            |
        | noise           | hiss_continuous |
        | oily_residue    | true            |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the first advisory is "flammable_refrigerant"
      And the escalation is "prompt"
      And the rule "refrigerant.a2l_oily_residue" fires
      And the rule "refrigerant.a2l_continuous_hiss" fires

    Scenario: A continuous hiss alone on an R-454B system is treated as a leak
      Given the observations:
        | fact  | value           |
        | refrigerant | r454b     |
        | noise | hiss_continuous |
      When the heat pump is diagnosed
      Then the advisories include "flammable_refrigerant"
      And the escalation is "prompt"
      And the rule "refrigerant.a2l_continuous_hiss" fires

    Scenario: A brief hiss at start-up on an R-454B system is pressure equalising, not a leak
      Given the observations:
        | fact        | value      |
        | refrigerant | r454b      |
        | noise       | hiss_brief |
      When the heat pump is diagnosed
      Then the advisories do not include "flammable_refrigerant"
      And the rule "refrigerant.a2l_continuous_hiss" stays silent

    Scenario: A continuous hiss on an R-410A system is a leak but not a flammable one
      Given the observations:
        | fact        | value           |
        | refrigerant | r410a           |
        | noise       | hiss_continuous |
      When the heat pump is diagnosed
      Then the advisories do not include "flammable_refrigerant"
      And the rule "refrigerant.a2l_continuous_hiss" stays silent

    Scenario: Technician readings show an undercharge on an R-454B system
      Given the observations:
        | fact             | value |
        | mode             | cool  |
        | refrigerant      | r454b |
        | metering_device  | txv   |
        | superheat_f      | 25    |
        | subcooling_f     | 3     |
        | suction_pressure | low   |
        | head_pressure    | low   |
      When the heat pump is diagnosed
      Then the leading diagnosis is "low_refrigerant_charge"
      And the first advisory is "flammable_refrigerant"
      And the rule "refrigerant.a2l_suspected_leak" fires
      And the rule "refrigerant.a2l_oily_residue" stays silent

    Scenario: The same leak on an R-410A system brings no flammability warning
      Given the observations:
        | fact         | value |
        | oily_residue | true  |
        | refrigerant  | r410a |
      When the heat pump is diagnosed
      Then the advisories do not include "flammable_refrigerant"
      And the rule "refrigerant.a2l_oily_residue" stays silent
      And the rule "refrigerant.a2l_suspected_leak" stays silent

    Scenario: An R-32 system with no sign of a leak needs no warning
      Given the observations:
        | fact             | value  |
        | mode             | cool   |
        | refrigerant      | r32    |
        | head_pressure    | high   |
        | suction_pressure | low    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "liquid_line_restriction"
      And the advisories do not include "flammable_refrigerant"
      And the rule "refrigerant.a2l_suspected_leak" stays silent
