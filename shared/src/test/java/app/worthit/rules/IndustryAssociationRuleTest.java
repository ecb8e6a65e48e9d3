package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndustryAssociationRuleTest {
  private final Rule rule = new IndustryAssociationRule();

  @ParameterizedTest
  @ValueSource(strings = {
      "Colorado Bioscience Association monthly mixer.",
      "Quarterly breakfast of the Energy Industry Council.",
      "IEEE Denver section: engineers of every discipline.",
      "The Rocky Mountain chapter of the Healthcare Information Society.",
      "The region's cybersecurity community, open to all roles, employed or not.",
      "Aerospace professionals: engineers, buyers, program managers and executives build the industry network."})
  void fires_on_sector_bodies_and_open_sector_communities(String description) {
    assertTrue(SampleListing.described(description).fires(rule), description);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Referral Network International chapter: only members may pass referrals.",
      "Business Referral Alliance - guests may visit twice before joining.",
      "Healthcare IT annual conference with an exhibitor hall.",
      "Each month we partner with a different tech community."})
  void stays_quiet_for_referral_clubs_and_plain_sector_events(String description) {
    assertFalse(SampleListing.described(description).fires(rule), description);
  }

  @Test
  void counts_a_little_more_for_the_users_own_industry() {
    String d = "Colorado Bioscience Association monthly mixer.";
    int anyone = SampleListing.described(d).evaluate(rule).orElseThrow().effect();
    int mine = SampleListing.described(d).profile(null, "Bioscience", null).evaluate(rule).orElseThrow().effect();
    int other = SampleListing.described(d).profile(null, "Energy", null).evaluate(rule).orElseThrow().effect();
    assertTrue(mine > anyone);
    assertEquals(anyone, other);
  }
}
