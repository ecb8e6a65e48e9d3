package app.worthit.server.community;

import app.worthit.server.auth.Secrets;
import app.worthit.sync.Vote;

/** A change to one key's counts caused by one account's rating changing from one vote to another. */
public record VoteDelta(String key, long worthIt, long notWorthIt) {
  /** The delta of a rating going from {@code before} to {@code after} (either null for none). */
  public static VoteDelta between(String key, String before, String after) {
    return new VoteDelta(key, count(after, Vote.WORTH_IT) - count(before, Vote.WORTH_IT),
        count(after, Vote.NOT_WORTH_IT) - count(before, Vote.NOT_WORTH_IT));
  }

  /** True when the counts do not move. */
  public boolean isZero() {
    return worthIt == 0 && notWorthIt == 0;
  }

  /** The first 4 lowercase hex characters of the key's SHA-256: the bucket clients ask for. */
  public static String prefixOf(String key) {
    return Secrets.sha256(key).substring(0, 4);
  }

  private static long count(String vote, String which) {
    return which.equals(vote) ? 1 : 0;
  }
}
