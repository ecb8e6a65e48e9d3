package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Reason;
import app.worthit.model.Recurrence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SameFacesRuleTest {
  private final Rule rule = new SameFacesRule();

  @ParameterizedTest
  @ValueSource(strings = {
      "Same crew every month, newcomers always welcome!",
      "Our regulars save you a seat.",
      "A tight-knit group of familiar faces.",
      "The usual crowd, same people, same table.",
      "A small group of longtime members."})
  void fires_on_a_stable_core_of_a_recurring_series(String description) {
    assertTrue(SampleListing.described(description).recurring(Recurrence.WEEKLY).fires(rule), description);
  }

  @Test
  void fires_on_recurrence_stated_in_the_text() {
    assertTrue(SampleListing.described("Every Tuesday, the same faces and good coffee.").fires(rule));
  }

  @Test
  void fires_on_a_group_that_has_met_for_years() {
    assertTrue(SampleListing.described("We have been meeting every month since 2009.").fires(rule));
    assertTrue(SampleListing.described("A small circle that has met for over 10 years.").fires(rule));
  }

  @Test
  void recurrence_alone_is_not_enough() {
    assertFalse(SampleListing.described("Monthly networking with a guest speaker.").recurring(Recurrence.MONTHLY)
        .fires(rule));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Never the same crowd: new faces every month.",
      "Not the same people every week - we rotate partners.",
      "The Colorado Bioscience Association has served the industry since 1990.",
      "Same time, same place, new people."})
  void stays_quiet_for_denials_and_look_alikes(String description) {
    assertFalse(SampleListing.described(description).recurring(Recurrence.MONTHLY).fires(rule), description);
  }

  @Test
  void fires_personally_after_two_visits_but_not_one() {
    SampleListing twice = SampleListing.described("Monthly networking.").profile(null, null, 2);
    Reason r = twice.evaluate(rule).orElseThrow();
    assertTrue(r.evidence().contains("2 times"), r.evidence());
    assertFalse(SampleListing.described("Monthly networking.").profile(null, null, 1).fires(rule));
  }
}
