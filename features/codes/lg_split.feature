Feature: LG split codes
  LG splits are covered by tier-C code lists only. CH05 is read; CH03 and CH38 are not, because the
  lists disagree on them (see the gate feature).

  Rule: With the brand and product family known, a code points to the causes the manufacturer lists

    Scenario Outline: <brand> <family> showing <code>
      Given brand is "<brand>"
      And product_family is "<family>"
      And error_code is "<code>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "<leading>"
      And the diagnoses do not include "error_code_needs_model"
      And the escalation is "<level>"
      And the advisories include "<advisory>"
      And the rule "<rule>" fires

      Examples:
        | brand | family   | code | leading        | level  | advisory           | rule                        |
        | LG    | Art Cool | CH05 | damaged_wiring | prompt | wait_restart_delay | codes.lg_ch05_communication |

  Rule: Without the product family the same code is not read

    Scenario Outline: <brand> unit showing <code>, product line not known
      Given brand is "<brand>"
      And error_code is "<code>"
      When the heat pump is diagnosed
      Then the leading diagnosis is "error_code_needs_model"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "<rule>" stays silent

      Examples:
        | brand | code | rule                        |
        | LG    | CH05 | codes.lg_ch05_communication |
