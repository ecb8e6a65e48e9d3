package app.worthit.server.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CohortTest {
  private static final long DAY = VoteRules.DAY_MILLIS;
  private static final long T = 20_000 * DAY;

  @Test
  void one_address_on_one_utc_day_is_one_cohort() {
    assertEquals(Cohort.of("203.0.113.7", T), Cohort.of("203.0.113.7", T + DAY - 1));
    assertNotEquals(Cohort.of("203.0.113.7", T), Cohort.of("203.0.113.7", T + DAY));
    assertNotEquals(Cohort.of("203.0.113.7", T), Cohort.of("203.0.113.8", T));
  }

  @Test
  void keeps_no_address() {
    assertFalse(Cohort.of("203.0.113.7", T).contains("203"));
  }

  @Test
  void a_cohorts_public_share_is_capped_and_never_negative() {
    VoteRules rules = new VoteRules(DAY, 3);
    assertEquals(0, rules.publicShare(-1));
    assertEquals(2, rules.publicShare(2));
    assertEquals(3, rules.publicShare(100));
  }
}
