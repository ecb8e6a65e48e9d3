package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Acceptor;
import app.worthit.model.CorrectedFields;
import app.worthit.model.Correction;
import app.worthit.model.Reason;
import app.worthit.model.Recurrence;
import app.worthit.model.Verdict;
import app.worthit.model.VerdictLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorrectionsTest {
  // SampleListing's event is meetup:event:1 of the group meetup:group:sample.
  private static final String EVENT = "meetup:event:1";
  private static final String GROUP = "meetup:group:sample";
  private static final String REFERRAL_CLUB = "Guests may visit twice before applying for membership. "
      + "Only members may exchange referrals at our weekly chapter breakfast.";
  private static final String WHY = "Anyone may exchange contacts here; there is no membership at all.";

  private static Correction correction(String key, String groupKey, Map<String, Boolean> rules,
      CorrectedFields fields, Acceptor by) {
    return new Correction("c1", key, groupKey, rules, fields, WHY, by);
  }

  private static Verdict score(SampleListing s, Correction... known) {
    return Scorer.score(s.request(), null, Corrections.select(EVENT, GROUP, List.of(known)));
  }

  private static Reason reason(Verdict v, String rule) {
    return v.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow(
        () -> new AssertionError(rule + " not among " + v.reasons()));
  }

  private static List<String> rules(Verdict v) {
    return v.reasons().stream().map(Reason::rule).toList();
  }

  @Test
  void a_rule_set_false_cannot_fire_and_the_verdict_says_who_corrected_it() {
    SampleListing club = SampleListing.described(REFERRAL_CLUB);
    assertTrue(rules(score(club)).contains("members-only-exchange"));
    Verdict v = score(club, correction(GROUP, null, Map.of("members-only-exchange", false), null, Acceptor.ORGANISER));
    assertFalse(rules(v).contains("members-only-exchange"), v.toString());
    Reason note = reason(v, "correction");
    assertEquals(0, note.effect());
    assertTrue(note.text().startsWith("Corrected by the group's organiser"), note.text());
    assertTrue(note.text().contains("members-only-exchange does not apply"), note.text());
    assertEquals(WHY, note.evidence());
  }

  @Test
  void a_rule_set_true_fires_with_the_explanation_as_evidence() {
    SampleListing plain = SampleListing.titled("Tech Happy Hour").description("Drinks and conversation with people who work in tech.");
    Verdict v = score(plain, correction(GROUP, null, Map.of("one-to-one", true), null, Acceptor.REVIEW));
    Reason r = reason(v, "one-to-one");
    assertEquals(WHY, r.evidence());
    assertTrue(r.text().endsWith("Corrected by review."), r.text());
    assertEquals(VerdictLevel.WORTH_IT, v.verdict());
    assertEquals(50 + r.effect(), v.score());
  }

  @Test
  void a_red_flag_set_true_is_worsened_by_an_entry_fee() {
    SampleListing paid = SampleListing.titled("Breakfast club").description("Breakfast and conversation every Thursday morning.").price(2500);
    Reason r = reason(score(paid, correction(GROUP, null, Map.of("members-only-exchange", true), null, Acceptor.REVIEW)),
        "members-only-exchange");
    assertEquals(Effects.RED_FLAG + Effects.ENTRY_FEE, r.effect());
    assertTrue(r.evidence().startsWith(WHY) && r.evidence().contains("entry fee 25.00 USD"), r.evidence());
  }

  @Test
  void corrected_fields_replace_the_extracted_ones() {
    SampleListing club = SampleListing.described(REFERRAL_CLUB);
    Verdict free = score(club);
    Reason before = reason(free, "members-only-exchange");
    Verdict paid = score(club, correction(GROUP, null, Map.of(), new CorrectedFields(4000, null, null, null), Acceptor.ORGANISER));
    Reason after = reason(paid, "members-only-exchange");
    assertEquals(before.effect() + Effects.ENTRY_FEE, after.effect());
    assertTrue(after.evidence().contains("entry fee 40.00"), after.evidence());
    assertTrue(reason(paid, "correction").text().contains("entry fee 40.00"), paid.toString());
  }

  @Test
  void an_event_inherits_its_groups_corrections_and_its_own_override_them() {
    SampleListing club = SampleListing.described(REFERRAL_CLUB);
    Correction group = correction(GROUP, null, Map.of("members-only-exchange", false), null, Acceptor.ORGANISER);
    assertFalse(rules(score(club, group)).contains("members-only-exchange"));
    Correction event = new Correction("c2", EVENT, GROUP, Map.of("members-only-exchange", true), null,
        "This one evening is a paid referral breakfast.", Acceptor.ORGANISER);
    Verdict v = score(club, event, group);
    assertEquals("This one evening is a paid referral breakfast.", reason(v, "members-only-exchange").evidence());
    assertFalse(rules(v).contains("correction"), v.toString());
  }

  @Test
  void an_organisers_event_correction_applies_only_under_the_group_it_names() {
    SampleListing club = SampleListing.described(REFERRAL_CLUB);
    Correction elsewhere = correction(EVENT, "meetup:group:rival", Map.of("members-only-exchange", false), null, Acceptor.ORGANISER);
    assertTrue(rules(score(club, elsewhere)).contains("members-only-exchange"));
    Verdict unknownGroup = Scorer.score(club.request(), null, Corrections.select(EVENT, null, List.of(elsewhere)));
    assertTrue(rules(unknownGroup).contains("members-only-exchange"));
    Correction reviewed = correction(EVENT, null, Map.of("members-only-exchange", false), null, Acceptor.REVIEW);
    assertFalse(rules(score(club, reviewed)).contains("members-only-exchange"));
  }

  @Test
  void corrections_of_other_keys_change_nothing() {
    SampleListing club = SampleListing.described(REFERRAL_CLUB);
    Verdict v = score(club, correction("meetup:group:other", null, Map.of("members-only-exchange", false), null, Acceptor.REVIEW),
        correction("meetup:event:2", GROUP, Map.of("members-only-exchange", false), null, Acceptor.REVIEW));
    assertEquals(score(club), v);
  }

  @Test
  void a_later_correction_overrides_an_earlier_one_rule_by_rule() {
    Correction first = correction(GROUP, null, Map.of("same-faces", true, "one-to-one", true), null, Acceptor.ORGANISER);
    Correction second = correction(GROUP, null, Map.of("same-faces", false), null, Acceptor.REVIEW);
    Corrections merged = Corrections.select(EVENT, GROUP, List.of(first, second));
    assertTrue(merged.decides(RuleId.SAME_FACES) && !merged.applies(RuleId.SAME_FACES));
    assertTrue(merged.applies(RuleId.ONE_TO_ONE));
    assertEquals(second, merged.sourceOf(RuleId.SAME_FACES));
  }

  @Test
  void a_group_listing_takes_its_own_corrections() {
    Corrections c = Corrections.select(GROUP, null, List.of(correction(GROUP, null, Map.of("support-group", false), null, Acceptor.REVIEW)));
    assertTrue(c.decides(RuleId.SUPPORT_GROUP));
  }

  @Test
  void only_the_ten_rules_are_correctable() {
    assertEquals(10, java.util.Arrays.stream(RuleId.values()).filter(r -> Corrections.isCorrectable(r.id())).count());
    assertFalse(Corrections.isCorrectable("community"));
    assertFalse(Corrections.isCorrectable("not-enough-information"));
    assertFalse(Corrections.isCorrectable("correction"));
    assertFalse(Corrections.isCorrectable("made-up"));
  }

  @Test
  void a_thin_listing_decided_by_a_correction_is_not_held_at_maybe() {
    SampleListing thin = SampleListing.titled("Meetup");
    assertTrue(rules(score(thin)).contains("not-enough-information"));
    Verdict v = score(thin, correction(GROUP, null, Map.of("support-group", true), new CorrectedFields(null, Recurrence.WEEKLY, null, null), Acceptor.REVIEW));
    assertEquals(VerdictLevel.SKIP, v.verdict());
    assertFalse(rules(v).contains("not-enough-information"));
  }
}
