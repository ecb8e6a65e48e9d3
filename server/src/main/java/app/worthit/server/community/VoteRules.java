package app.worthit.server.community;

/**
 * When a rating counts in the public aggregates: once its account is {@code minAgeMillis} old and
 * has synced since (a script that makes accounts and votes at once gets nothing counted), and then
 * at most {@code perCohort} votes of each kind per key from the accounts of one cohort (made from
 * one client address on one UTC day). 0 for either turns it off.
 */
public record VoteRules(long minAgeMillis, int perCohort) {
  public static final long DAY_MILLIS = 24 * 60 * 60 * 1000L;

  /** A day's wait, and at most 3 votes of a kind per key from one address's accounts of one day. */
  public static final VoteRules DEFAULT = new VoteRules(DAY_MILLIS, 3);

  /** Every rating counts at its account's first sync, without a cap: for tests about other things. */
  public static final VoteRules NONE = new VoteRules(0, 0);

  public VoteRules {
    if (minAgeMillis < 0 || perCohort < 0) {
      throw new IllegalArgumentException("vote rules cannot be negative");
    }
  }

  /** True when an account made at {@code createdAt} may start counting at {@code now}. */
  public boolean oldEnough(long createdAt, long now) {
    return now - createdAt >= minAgeMillis;
  }

  /** True when the votes of one cohort are capped. */
  public boolean capped() {
    return perCohort > 0;
  }

  /** What a cohort's {@code votes} of one kind add to the public count. */
  long publicShare(long votes) {
    return Math.max(0, Math.min(perCohort, votes));
  }
}
