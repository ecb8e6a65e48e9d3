package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VendorHeavyRuleTest {
  private final Rule rule = new VendorHeavyRule();

  @ParameterizedTest
  @ValueSource(strings = {
      "Over 50 exhibitors and a resume review station.",
      "Visit the vendor booths, then grab lunch.",
      "Coaching packages available at a special event price.",
      "Hear how our distributors built a second income. Starter kits available tonight.",
      "Discover a ground-floor business opportunity and be your own boss.",
      "Franchise opportunity showcase with franchise consultants on hand.",
      "Expo hall open all day; sponsors will give product demos.",
      "Learn the secrets of network marketing from top earners.",
      "Career fair with professional headshots and resume writing services for sale."})
  void fires_when_the_business_is_selling_to_attendees(String description) {
    assertTrue(SampleListing.described(description).fires(rule), description);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "No vendors, no sales pitches: just people in biotech meeting each other.",
      "Lightning talks and demos; pizza sponsored by a local startup.",
      "Two talks on data engineering, followed by networking.",
      "Meet in conference room B on the second floor.",
      "A fair chance for everyone to speak; vendor-neutral discussion."})
  void stays_quiet_for_ordinary_meetups_and_denials(String description) {
    assertFalse(SampleListing.described(description).attendees(150).fires(rule), description);
  }

  @Test
  void counts_hundreds_of_attendees_as_one_sign_but_not_enough_alone() {
    assertFalse(SampleListing.described("An evening of networking.").capacity(1500).fires(rule));
    // A big event's name alone ("summit") is not selling; a selling hint plus the crowd is.
    assertFalse(SampleListing.titled("Regional Career Summit").description("An evening of networking.")
        .capacity(1500).fires(rule));
    Reason r = SampleListing.titled("Regional Career Summit").description("An evening of networking and resume reviews.")
        .capacity(1500).evaluate(rule).orElseThrow();
    assertTrue(r.evidence().contains("capacity 1500"), r.evidence());
  }

  @Test
  void an_entry_fee_makes_it_worse_and_shows_the_fee() {
    SampleListing free = SampleListing.described("Over 60 exhibitors and sponsor booths.");
    SampleListing paid = SampleListing.described("Over 60 exhibitors and sponsor booths.").price(2500);
    int freeEffect = free.evaluate(rule).orElseThrow().effect();
    Reason paidReason = paid.evaluate(rule).orElseThrow();
    assertTrue(paidReason.effect() < freeEffect);
    assertTrue(paidReason.evidence().contains("entry fee 25.00 USD"), paidReason.evidence());
    assertEquals(-30, freeEffect);
  }
}
