package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OneToOneRuleTest {
  private final Rule rule = new OneToOneRule();

  @ParameterizedTest
  @ValueSource(strings = {
      "Volunteers make warm introductions to people at your target company.",
      "Structured 1:1 coffee chats with industry mentors.",
      "Mentor matching: you are matched with a senior engineer for a one-on-one.",
      "Tell us who you want to meet and we'll introduce you to them.",
      "Intro circle: each member brings one person to introduce.",
      "Informational interviews with alumni over coffee.",
      "Get introduced to hiring managers, one to one."})
  void fires_on_person_by_person_networking(String description) {
    assertTrue(SampleListing.described(description).fires(rule), description);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Founders Friday Coffee: startup folks meet for coffee.",
      "Small groups of six; introductions around the table.",
      "Book a one-on-one coaching session at our special price.",
      "No one-on-one meetings; this is a panel."})
  void stays_quiet_for_coffee_small_size_or_paid_coaching(String description) {
    assertFalse(SampleListing.described(description).fires(rule), description);
  }
}
