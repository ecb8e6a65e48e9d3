package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Reason;
import app.worthit.model.Recurrence;
import app.worthit.model.Verdict;
import app.worthit.model.VerdictLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
  // Not weekly: a weekly circle of people in transition is also the same faces, a second red flag.
  private static final String SUPPORT = "A support circle for laid-off professionals to share their struggles.";
  private static final String INTROS = "Volunteers make warm one-on-one introductions to people at your target company.";

  private static Verdict score(SampleListing s) {
    return Scorer.score(s.request());
  }

  private static List<String> rules(Verdict v) {
    return v.reasons().stream().map(Reason::rule).toList();
  }

  @Test
  void a_listing_with_no_signal_is_maybe_at_the_neutral_score() {
    Verdict v = score(SampleListing.titled("Tech Happy Hour").description("Drinks and conversation with people who work in tech."));
    assertEquals(VerdictLevel.MAYBE, v.verdict());
    assertEquals(50, v.score());
    assertEquals(List.of(), v.reasons());
  }

  @Test
  void one_clear_red_flag_alone_is_skip() {
    Verdict v = score(SampleListing.described(SUPPORT));
    assertEquals(VerdictLevel.SKIP, v.verdict());
    assertEquals(List.of("support-group"), rules(v));
  }

  @Test
  void one_good_sign_alone_is_worth_it() {
    Verdict v = score(SampleListing.described(INTROS));
    assertEquals(VerdictLevel.WORTH_IT, v.verdict());
    assertEquals(List.of("one-to-one"), rules(v));
  }

  @Test
  void one_red_flag_against_one_good_sign_leans_to_maybe() {
    Verdict v = score(SampleListing.described("Over 60 exhibitors and sponsor booths. Meet the hiring managers of ten companies."));
    assertEquals(VerdictLevel.MAYBE, v.verdict());
    assertEquals(List.of("vendor-heavy", "hiring-contacts"), rules(v));
  }

  @Test
  void many_good_signs_never_lift_a_red_flag_to_worth_it() {
    Verdict v = score(SampleListing.described("Over 60 exhibitors and sponsor booths. Meet the hiring managers. "
        + "Speed networking with new faces every month. Warm one-on-one introductions. The Colorado Bioscience Association hosts."));
    assertEquals(VerdictLevel.MAYBE, v.verdict());
    assertTrue(v.score() < Levels.WORTH_IT_FROM);
    assertEquals(v.score(), 50 + v.reasons().stream().mapToInt(Reason::effect).sum());
  }

  @Test
  void further_good_signs_add_less_than_the_first() {
    Verdict v = score(SampleListing.described(INTROS + " Meet the hiring managers of five startups."));
    assertEquals(25, v.reasons().get(0).effect());
    assertEquals(10, v.reasons().get(1).effect());
    assertEquals(85, v.score());
  }

  @Test
  void the_score_is_clamped_to_zero_when_red_flags_pile_up() {
    Verdict v = score(SampleListing.titled("Job Seekers Support Circle").description(SUPPORT
        + " Only members may exchange referrals. We share job leads from the job boards. Over 60 exhibitors.")
        .price(2000));
    assertEquals(0, v.score());
    assertEquals(VerdictLevel.SKIP, v.verdict());
    assertTrue(rules(v).containsAll(List.of("support-group", "members-only-exchange", "published-leads", "vendor-heavy")));
  }

  @Test
  void too_little_text_is_maybe_with_a_reason_and_never_skip() {
    Verdict bare = score(SampleListing.titled("Networking Night"));
    assertEquals(VerdictLevel.MAYBE, bare.verdict());
    assertEquals(List.of("not-enough-information"), rules(bare));
    Verdict red = score(SampleListing.titled("Job Seekers Support Group").description("Join us."));
    assertEquals(VerdictLevel.MAYBE, red.verdict());
    assertEquals(List.of("support-group", "not-enough-information"), rules(red));
    assertEquals(red.score(), 50 + red.reasons().stream().mapToInt(Reason::effect).sum());
  }

  @Test
  void single_title_depends_on_the_users_target_title() {
    SampleListing qa = SampleListing.titled("QA Engineers Roundtable")
        .description("A monthly roundtable only for QA engineers and testers to compare notes on the job market.");
    assertEquals(VerdictLevel.SKIP, score(qa).verdict());
    assertEquals(VerdictLevel.SKIP, score(qa.profile("QA Engineer", null, null)).verdict());
    Verdict other = score(qa.profile("Engineering Manager", null, null));
    assertEquals(VerdictLevel.MAYBE, other.verdict());
    assertEquals(List.of(), rules(other));
  }

  @Test
  void same_faces_turns_personal_after_two_visits() {
    SampleListing s = SampleListing.titled("Tuesday Breakfast Club").description("Breakfast and conversation about work and life.")
        .recurring(Recurrence.WEEKLY);
    assertEquals(VerdictLevel.MAYBE, score(s).verdict());
    Verdict known = score(s.profile(null, null, 3));
    assertEquals(VerdictLevel.SKIP, known.verdict());
    assertEquals(List.of("same-faces"), rules(known));
  }

  @Test
  void the_key_of_the_listing_is_kept() {
    assertEquals("meetup:event:1", score(SampleListing.described(INTROS)).key());
  }
}
