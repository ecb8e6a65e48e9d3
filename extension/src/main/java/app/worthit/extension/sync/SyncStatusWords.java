package app.worthit.extension.sync;

/** The sync status line of the popup, in words, relative to now. */
public final class SyncStatusWords {
  private SyncStatusWords() {}

  /** One sentence: not syncing, the last error and the next try, or the last success and what waits. */
  public static String of(boolean hasAccount, SyncStatus s, long now) {
    if (!hasAccount) {
      return "Not syncing: everything stays in this browser.";
    }
    String last = s.lastSyncedAt() > 0 ? "Last synced " + ago(now - s.lastSyncedAt()) + "." : "Never synced yet.";
    if (s.error() != null) {
      String next = s.retryAt() > 0
          ? " Trying again " + (s.retryAt() <= now ? "now" : "in " + span(s.retryAt() - now)) + "."
          : " Not retrying: connect this browser again below.";
      return "Sync failed: " + s.error() + " " + last + next + waiting(s.pending());
    }
    return last + (s.pending() == 0 && s.lastSyncedAt() > 0 ? " Everything is up to date." : waiting(s.pending()));
  }

  /** A short description of a past moment: "just now", "5 minutes ago". */
  static String ago(long millis) {
    return millis < 10_000 ? "just now" : span(millis) + " ago";
  }

  /** A duration in its largest whole unit: "12 seconds", "1 minute", "3 hours", "2 days". */
  static String span(long millis) {
    long seconds = Math.max(1, millis / 1000);
    if (seconds < 60) {
      return plural(seconds, "second");
    }
    long minutes = seconds / 60;
    if (minutes < 60) {
      return plural(minutes, "minute");
    }
    long hours = minutes / 60;
    return hours < 48 ? plural(hours, "hour") : plural(hours / 24, "day");
  }

  private static String waiting(int pending) {
    return pending == 0 ? "" : " " + plural(pending, "change") + " waiting to sync.";
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
