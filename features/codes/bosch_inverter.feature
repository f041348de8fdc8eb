Feature: Bosch inverter heat pumps - ATL, ambient temperature limited
  Bosch BOVA, BOVB, BOVC and BOVD inverter outdoor units show ATL when the board's ambient sensor reads
  outside the operating range of the current mode: in cooling 125 F or more or below 15 F, in heating
  86 F or more or below -4 F. Outside the range the unit waits by design and the house runs on its
  backup heat; inside it, the thermostat drives the reversing valve the wrong way or the sensor misreads.
  So the reading needs the outdoor temperature and, between -4 F and 15 F, the mode.

  Rule: Below the range the unit waits by design

    Scenario: ATL in heating at -10 F, compressor off
      Given the observations:
        | fact              | value |
        | brand             | Bosch |
        | product_family    | BOVA  |
        | error_code        | ATL   |
        | mode              | heat  |
        | outdoor_temp_f    | -10   |
        | compressor_running | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_low_ambient_cutout"
      And "normal_low_ambient_cutout" is a normal finding
      And the escalation is "none"
      And the diagnoses do not include "error_code_meaning_unverified"
      And the rule "codes.bosch_atl_below_both_limits" fires
      And the rule "codes.bosch_atl_ambient_limited" fires

    Scenario: ATL in cooling at 10 F is below the cooling range
      Given the observations:
        | fact           | value |
        | brand          | Bosch |
        | product_family | BOVB  |
        | error_code     | ATL   |
        | mode           | cool  |
        | outdoor_temp_f | 10    |
      When the heat pump is diagnosed
      Then the leading diagnosis is "normal_low_ambient_cutout"
      And the diagnoses do not include "thermostat_ob_misconfigured"
      And the rule "codes.bosch_atl_cooling_below_limit" fires
      And the rule "codes.bosch_atl_heating_inside_limits" stays silent
      And the rule "codes.bosch_atl_below_both_limits" stays silent

  Rule: Inside the range the code is a fault: the thermostat's reversing-valve setting or the sensor

    Scenario Outline: ATL in <mode> at <temp> F
      Given the observations:
        | fact           | value  |
        | brand          | Bosch  |
        | product_family | BOVA   |
        | error_code     | ATL    |
        | mode           | <mode> |
        | outdoor_temp_f | <temp> |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_ob_misconfigured"
      And the diagnoses include "outdoor_temp_sensor_failure"
      And the diagnoses do not include "normal_low_ambient_cutout"
      And the escalation is "prompt"
      And the rule "<rule>" fires
      And the rule "<silent>" stays silent

      Examples:
        | mode | temp | rule                                  | silent                                |
        | heat | 10   | codes.bosch_atl_heating_inside_limits | codes.bosch_atl_cooling_below_limit   |
        | auto | -4   | codes.bosch_atl_heating_inside_limits | codes.bosch_atl_below_both_limits     |
        | heat | 40   | codes.bosch_atl_inside_both_limits    | codes.bosch_atl_heating_inside_limits |
        | cool | 95   | codes.bosch_atl_cooling_inside_limits | codes.bosch_atl_inside_both_limits    |

    Scenario: No heat at 10 F with ATL: the reversing-valve setting, not a power cut
      Given the observations:
        | fact           | value |
        | brand          | Bosch |
        | product_family | BOVA  |
        | error_code     | ATL   |
        | mode           | heat  |
        | outdoor_temp_f | 10    |
        | no_heating     | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "thermostat_ob_misconfigured"
      And the escalation is "prompt"
      And the rule "codes.bosch_atl_ambient_limited" fires

    Scenario: ATL in heating at 90 F is above the heating range: not read as a fault
      Given the observations:
        | fact           | value |
        | brand          | Bosch |
        | product_family | BOVA  |
        | error_code     | ATL   |
        | mode           | heat  |
        | outdoor_temp_f | 90    |
      When the heat pump is diagnosed
      Then the diagnoses do not include "thermostat_ob_misconfigured"
      And the diagnoses do not include "error_code_meaning_unverified"
      And the rule "codes.bosch_atl_ambient_limited" fires
      And the rule "codes.bosch_atl_cooling_inside_limits" stays silent

  Rule: Where the deciding context is unknown the normal reading is weakened and asked for

    Scenario: ATL at 5 F with the mode unknown
      Given the observations:
        | fact           | value |
        | brand          | Bosch |
        | product_family | BOVC  |
        | error_code     | ATL   |
        | outdoor_temp_f | 5     |
      When the heat pump is diagnosed
      Then the diagnoses include "normal_low_ambient_cutout"
      And the diagnoses include "thermostat_ob_misconfigured"
      And the questions include "mode"
      And the rule "codes.bosch_atl_mode_unknown_between_limits" fires

    Scenario: ATL at 5 F in heating is not the unknown-mode reading
      Given the observations:
        | fact           | value |
        | brand          | Bosch |
        | product_family | BOVC  |
        | error_code     | ATL   |
        | mode           | heat  |
        | outdoor_temp_f | 5     |
      When the heat pump is diagnosed
      Then the rule "codes.bosch_atl_mode_unknown_between_limits" stays silent

    Scenario: ATL with the outdoor temperature unknown
      Given the observations:
        | fact           | value |
        | brand          | Bosch |
        | product_family | BOVD  |
        | error_code     | ATL   |
        | mode           | heat  |
      When the heat pump is diagnosed
      Then the diagnoses include "normal_low_ambient_cutout"
      And the diagnoses include "thermostat_ob_misconfigured"
      And the questions include "outdoor_temp_f"
      And the rule "codes.bosch_atl_outdoor_temp_unknown" fires

  Rule: ATL is read only on the Bosch BOV units

    Scenario Outline: ATL on <brand> <family>
      Given the observations:
        | fact           | value    |
        | brand          | <brand>  |
        | product_family | <family> |
        | error_code     | ATL      |
        | mode           | heat     |
        | outdoor_temp_f | <temp>   |
      When the heat pump is diagnosed
      Then the diagnoses do not include "thermostat_ob_misconfigured"
      And the diagnoses do not include "normal_low_ambient_cutout"
      And the rule "<rule>" stays silent

      Examples:
        | brand   | family  | temp | rule                                  |
        | Bosch   | IDS 2.0 | -10  | codes.bosch_atl_below_both_limits     |
        | Daikin  | BOVA    | 10   | codes.bosch_atl_heating_inside_limits |
        | Bosch   | IDS 2.0 | 40   | codes.bosch_atl_inside_both_limits    |
        | Bosch   | IDS 2.0 | 40   | codes.bosch_atl_ambient_limited       |

    Scenario: ATL on a Bosch BOV in cooling at 95 F is not the heating reading
      Given the observations:
        | fact           | value |
        | brand          | Bosch |
        | product_family | BOVA  |
        | error_code     | Code ATL |
        | mode           | fan   |
        | outdoor_temp_f | 95    |
      When the heat pump is diagnosed
      Then the rule "codes.bosch_atl_cooling_inside_limits" stays silent
      And the rule "codes.bosch_atl_outdoor_temp_unknown" stays silent
