Feature: Smoke and sparks
  Smoke from the unit, its wiring or a panel, and sparks, flashes or arcing, mean a possible fire:
  switch off at the thermostat and the breaker now, do not restart, and call a professional urgently.
  No mode, season or weather excuses them. Smoke is never the white vapour of a defrost: an owner who
  reports smoke on a frosty morning is still told to shut down.

  Rule: Smoke from the equipment is an electrical hazard in every mode and weather

    Scenario: Real smoke from the outdoor unit on a humid 30 F morning with defrosts going on
      Given the observations:
        | fact                  | value        |
        | system_type           | ducted_split |
        | mode                  | heat         |
        | outdoor_temp_f        | 30           |
        | outdoor_humidity      | high         |
        | defrost_seen_recently | true         |
        | smoke_visible         | true         |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses include "damaged_wiring"
      And the diagnoses do not include "normal_defrost_cycle"
      And the first advisory is "electrical_hazard_shutdown"
      And the advisories do not include "do_not_switch_off_during_defrost"
      And the escalation is "emergency"
      And the rule "electrical.smoke_from_equipment" fires
      And the rule "electrical.smoke_with_compressor_running" stays silent

    Scenario: Smoke while the compressor runs in cooling
      Given the observations:
        | fact               | value |
        | mode               | cool  |
        | compressor_running | true  |
        | smoke_visible      | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses include "compressor_failure"
      And the escalation is "emergency"
      And the rule "electrical.smoke_with_compressor_running" fires

    Scenario: Steam on a frosty morning with no smoke seen is left to the defrost rules
      Given the observations:
        | fact               | value        |
        | system_type        | ducted_split |
        | mode               | heat         |
        | outdoor_temp_f     | 32           |
        | outdoor_steam      | true         |
        | compressor_running | true         |
        | smoke_visible      | false        |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_defrost_cycle"
      And the advisories do not include "electrical_hazard_shutdown"
      And the escalation is "none"
      And the rule "electrical.smoke_from_equipment" stays silent
      And the rule "electrical.smoke_with_compressor_running" stays silent

  Rule: Sparks or arcing are an electrical hazard

    Scenario: Sparks and a loud buzz at the outdoor unit in cooling
      Given the observations:
        | fact                 | value        |
        | system_type          | ducted_split |
        | mode                 | cool         |
        | outdoor_unit_running | true         |
        | sparks_or_arcing     | true         |
        | noise                | buzzing_loud |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the diagnoses include "failed_contactor"
      And the diagnoses include "damaged_wiring"
      And the advisories include "electrical_hazard_shutdown"
      And the advisories include "capacitor_stored_charge"
      And the escalation is "emergency"
      And the rule "electrical.sparks_or_arcing" fires
      And the rule "electrical.sparks_burned_contactor" fires

    Scenario: Sparks seen at the disconnect, the unit silent
      Given the observations:
        | fact             | value |
        | mode             | heat  |
        | sparks_or_arcing | true  |
        | noise            | none  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "electrical_overheating"
      And the escalation is "emergency"
      And the rule "electrical.sparks_or_arcing" fires
      And the rule "electrical.sparks_burned_contactor" stays silent

    Scenario: A loud buzz with no sparks is a component fault, not a shut-down
      Given the observations:
        | fact             | value        |
        | mode             | cool         |
        | sparks_or_arcing | false        |
        | noise            | buzzing_loud |
      When the heat pump is diagnosed
      Then the diagnoses do not include "electrical_overheating"
      And the advisories do not include "electrical_hazard_shutdown"
      And the rule "electrical.sparks_or_arcing" stays silent
      And the rule "electrical.sparks_burned_contactor" stays silent
