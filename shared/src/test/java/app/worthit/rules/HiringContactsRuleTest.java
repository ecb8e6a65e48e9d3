package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HiringContactsRuleTest {
  private final Rule rule = new HiringContactsRule();

  @ParameterizedTest
  @ValueSource(strings = {
      "Meet the hiring managers from three fintech startups.",
      "Hosted by a local company that is hiring.",
      "Employer panel followed by open networking.",
      "Recruiters from Google and Stripe will be on site.",
      "Meet the founders of five seed-stage startups who are hiring engineers.",
      "We're hiring! Our engineering team hosts this month.",
      "Companies actively hiring in Denver present their teams.",
      "On-the-spot interviews with local employers."})
  void fires_when_people_who_hire_are_in_the_room(String description) {
    assertTrue(SampleListing.described(description).fires(rule), description);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Monthly meetup for in-house and agency recruiters to talk shop.",
      "Founders and startup folks meet Friday mornings.",
      "Learn what hiring managers look for in a LinkedIn profile.",
      "How to impress hiring managers with your resume.",
      "No recruiters, no hiring: just peers."})
  void stays_quiet_when_hirers_are_only_talked_about(String description) {
    assertFalse(SampleListing.described(description).fires(rule), description);
  }
}
