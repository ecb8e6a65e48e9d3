package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Recurrence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreshFacesRuleTest {
  private final Rule rule = new FreshFacesRule();

  @ParameterizedTest
  @ValueSource(strings = {
      "New faces every month.",
      "Speed networking: 5-minute rotations.",
      "Each month we partner with a different professional community.",
      "Most attendees are first-timers.",
      "A different industry every edition: fintech in May, aerospace in June.",
      "Never the same crowd twice.",
      "Rotating hosts and mostly new people each time."})
  void fires_when_the_crowd_turns_over(String description) {
    assertTrue(SampleListing.described(description).fires(rule), description);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Newcomers always welcome!",
      "Monthly networking with our regulars.",
      "Not speed networking: long conversations instead.",
      "Drinks and conversation with people who work in tech."})
  void stays_quiet_for_a_mere_welcome_or_a_denial(String description) {
    assertFalse(SampleListing.described(description).recurring(Recurrence.MONTHLY).fires(rule), description);
  }

  @Test
  void a_one_off_event_with_people_from_every_industry_counts() {
    assertTrue(SampleListing.described("Meet professionals from every industry.").recurring(Recurrence.NONE)
        .fires(rule));
  }
}
