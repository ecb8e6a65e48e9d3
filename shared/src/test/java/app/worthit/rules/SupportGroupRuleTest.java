package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SupportGroupRuleTest {
  private final Rule rule = new SupportGroupRule();

  @ParameterizedTest
  @ValueSource(strings = {
      "A weekly support group for professionals who were laid off.",
      "Lost your job? You are not alone. Come share your struggles with people who understand.",
      "Our job club meets Thursdays to keep each other motivated.",
      "A place for job seekers to support one another and lift each other up.",
      "Peer support and encouragement for anyone out of work.",
      "Career transition group: for people between jobs who need morale and accountability.",
      "Coping with job loss? Join our circle of fellow job seekers.",
      "For the unemployed: set weekly goals and report back to the group.",
      "Laid off? \u201cYou\u2019re not alone.\u201d Share your frustrations over coffee.",
      "\u00c9motional support for jobless folks \u2014 a safe space \ud83d\udc99"})
  void fires_on_the_many_ways_a_support_group_describes_itself(String description) {
    assertTrue(SampleListing.described(description).fires(rule), description);
  }

  @Test
  void fires_on_a_networking_group_named_for_the_unemployed() {
    assertTrue(SampleListing.titled("Unemployed Professionals Networking Group").description("We meet on Mondays.")
        .fires(rule));
    assertTrue(SampleListing.titled("Job Seekers Networking Circle").fires(rule));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "This is not a support group: bring your pitch and meet hiring managers.",
      "Tech talks and pizza. Tech support engineers welcome.",
      "Forty employers are hiring; job seekers should bring printed resumes.",
      "We hope to see you there. Job seekers and employed professionals alike are welcome.",
      "Monthly mixer for the Denver design community."})
  void stays_quiet_for_events_that_merely_mention_job_seekers_or_support(String description) {
    assertFalse(SampleListing.described(description).fires(rule), description);
  }

  @Test
  void believes_a_job_seekers_group_that_says_it_is_not_a_support_group() {
    assertFalse(SampleListing.titled("Job Seekers Networking - Not a Support Group!")
        .description("We bring in hiring managers from local employers every month.").fires(rule));
  }

  @Test
  void gives_its_id_a_red_effect_and_the_words_that_fired_it() {
    Reason r = SampleListing.described("A support circle for the unemployed.").evaluate(rule).orElseThrow();
    assertEquals("support-group", r.rule());
    assertTrue(r.effect() < 0);
    assertTrue(r.evidence().contains("support circle"), r.evidence());
  }
}
