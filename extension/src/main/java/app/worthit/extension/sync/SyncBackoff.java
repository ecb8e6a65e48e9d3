package app.worthit.extension.sync;

/** How long to wait before the next sync attempt after failures: doubling from 5 s, capped at 15 min. */
public final class SyncBackoff {
  /** Wait after the first failure. */
  public static final long FIRST_MILLIS = 5_000;
  /** Longest wait between attempts, however many failed. */
  public static final long CAP_MILLIS = 15 * 60_000;

  private SyncBackoff() {}

  /**
   * The wait after {@code failures} failures in a row (0: none), at least what the server asked
   * for with Retry-After ({@code retryAfterMillis}, 0 when it did not say), and never over the cap.
   */
  public static long delayMillis(int failures, long retryAfterMillis) {
    long wait = 0;
    if (failures > 0) {
      wait = FIRST_MILLIS;
      for (int i = 1; i < failures && wait < CAP_MILLIS; i++) {
        wait *= 2;
      }
    }
    return Math.min(CAP_MILLIS, Math.max(wait, retryAfterMillis));
  }
}
