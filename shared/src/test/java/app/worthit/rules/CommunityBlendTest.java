package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Reason;
import app.worthit.model.Verdict;
import app.worthit.model.VerdictLevel;
import org.junit.jupiter.api.Test;

class CommunityBlendTest {
  private static final SampleListing SUPPORT =
      SampleListing.described("A weekly support circle for laid-off professionals to share their struggles.");
  private static final SampleListing PLAIN =
      SampleListing.titled("Tech Happy Hour").description("Drinks and conversation with people who work in tech.");

  private static Reason community(Verdict v) {
    return v.reasons().stream().filter(r -> r.rule().equals("community")).findFirst().orElseThrow();
  }

  @Test
  void no_votes_give_no_community_reason() {
    assertTrue(Scorer.score(PLAIN.request(), null).reasons().isEmpty());
    assertTrue(Scorer.score(PLAIN.request(), new CommunityVotes(0, 0)).reasons().isEmpty());
  }

  @Test
  void a_handful_of_votes_never_outweighs_clear_evidence() {
    Verdict v = Scorer.score(SUPPORT.request(), new CommunityVotes(9, 0));
    assertEquals(VerdictLevel.SKIP, v.verdict());
    assertTrue(community(v).effect() > 0);
  }

  @Test
  void many_votes_can_move_a_verdict() {
    assertEquals(VerdictLevel.WORTH_IT, Scorer.score(SUPPORT.request(), new CommunityVotes(400, 10)).verdict());
    assertEquals(VerdictLevel.SKIP, Scorer.score(PLAIN.request(), new CommunityVotes(2, 60)).verdict());
  }

  @Test
  void the_reason_shows_the_counts_and_its_effect_adds_up() {
    Verdict v = Scorer.score(PLAIN.request(), new CommunityVotes(12, 3));
    Reason r = community(v);
    assertTrue(r.text().contains("12 worth it") && r.text().contains("3 not worth it"), r.text());
    assertEquals(v.score(), 50 + r.effect());
  }

  @Test
  void refuses_negative_counts() {
    assertThrows(IllegalArgumentException.class, () -> new CommunityVotes(-1, 0));
  }
}
