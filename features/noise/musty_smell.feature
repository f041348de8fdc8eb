Feature: Musty smell from the system
  A musty, damp smell from the vents usually comes from mould, algae or slime growing in standing
  water in the condensate pan or drain; a dirty coil or filter is the next suspect. The evidence is
  thin (one contractor source and one owner manual), so the findings stay modest. Cleaning the
  filter and an accessible drain is the owner's job with the power off; if the smell stays, a
  technician cleans the coil, pan or ducts.

  Rule: Growth in the drain pan is the usual source

    Scenario: A musty smell from the vents
      Given smell is "musty"
      When the heat pump is diagnosed
      Then the leading diagnosis is "microbial_growth"
      And the advisories include "power_off_before_opening"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "noise_smell.musty_microbial_growth" fires

    Scenario: No smell at all
      Given the observations:
        | fact               | value |
        | smell              | none  |
        | water_in_drain_pan | false |
      When the heat pump is diagnosed
      Then the diagnoses do not include "microbial_growth"
      And the rule "noise_smell.musty_microbial_growth" stays silent

    Scenario: A musty smell with water standing in the pan and a slimy, blocked drain
      Given the observations:
        | fact               | value |
        | smell              | musty |
        | water_in_drain_pan | true  |
        | drain_line_clogged | true  |
      When the heat pump is diagnosed
      Then "microbial_growth" is among the first 2 diagnoses
      And the diagnoses include "clogged_condensate_drain"
      And the advisories include "water_near_electrical"
      And the escalation is "diy"
      And if that does not fix it, the escalation is "routine"
      And the rule "noise_smell.musty_with_standing_water" fires
      And the rule "noise_smell.musty_with_slimed_drain" fires
      And the rule "noise_smell.musty_pan_dry_and_clear" stays silent

  Rule: A dry pan and a clear drain turn attention to the coil and filter

    Scenario: A musty smell although the pan is dry and the drain runs clear
      Given the observations:
        | fact               | value |
        | smell              | musty |
        | water_in_drain_pan | false |
        | drain_line_clogged | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_indoor_coil"
      And the escalation is "routine"
      And the rule "noise_smell.musty_pan_dry_and_clear" fires
      And the rule "noise_smell.musty_with_standing_water" stays silent
      And the rule "noise_smell.musty_with_slimed_drain" stays silent

    Scenario: A musty smell and a filter grey with dust
      Given the observations:
        | fact         | value |
        | smell        | musty |
        | filter_dirty | true  |
      When the heat pump is diagnosed
      Then the leading diagnosis is "dirty_air_filter"
      And the diagnoses include "microbial_growth"
      And the escalation is "diy"
      And the rule "noise_smell.musty_with_dirty_filter" fires

    Scenario: A musty smell with a clean filter
      Given the observations:
        | fact         | value |
        | smell        | musty |
        | filter_dirty | false |
      When the heat pump is diagnosed
      Then the leading diagnosis is "microbial_growth"
      And the rule "noise_smell.musty_with_dirty_filter" stays silent
