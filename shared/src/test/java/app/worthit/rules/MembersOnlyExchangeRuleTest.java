package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MembersOnlyExchangeRuleTest {
  private final Rule rule = new MembersOnlyExchangeRule();

  @ParameterizedTest
  @ValueSource(strings = {
      "Only members may exchange referrals during the meeting.",
      "Members-only referrals; guests observe.",
      "Guests may visit 2 times before joining.",
      "Visitors can attend twice, then membership is required to pass referrals.",
      "Visitor fee $25 includes breakfast.",
      "One seat per profession, so you have no competition in the room.",
      "Category exclusivity: one member per business category.",
      "Our referral chapter meets weekly; members pass qualified business referrals and pay annual dues."})
  void fires_when_only_paying_members_may_exchange(String description) {
    assertTrue(SampleListing.described(description).fires(rule), description);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Members and non-members welcome.",
      "Non-members $25, members free.",
      "No membership required: everyone swaps cards freely.",
      "Monthly meeting of the Colorado chapter of the Society of Women Engineers; membership dues fund scholarships.",
      "Guests are welcome to join us once a month for coffee.",
      "Feel free to invite guests."})
  void stays_quiet_for_open_exchange_and_association_chapters(String description) {
    assertFalse(SampleListing.described(description).fires(rule), description);
  }

  @Test
  void the_fee_worsens_the_effect() {
    String d = "Only members may pass referrals.";
    int free = SampleListing.described(d).evaluate(rule).orElseThrow().effect();
    int paid = SampleListing.described(d).price(2000).evaluate(rule).orElseThrow().effect();
    assertTrue(paid < free);
  }
}
