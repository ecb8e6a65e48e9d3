package app.worthit.extension.seen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the seen log keeps: at most 2,000 events, each for 90 days after it was last seen, oldest
 * dropped first. An event marked "I went" is kept 190 days, so six months of hours stay countable.
 */
public final class SeenPolicy {
  /** Most events kept. */
  public static final int MAX_EVENTS = 2000;
  /** Days an event is kept after it was last seen. */
  public static final int KEEP_DAYS = 90;
  /** Days an attended event is kept after it was last seen. */
  public static final int KEEP_ATTENDED_DAYS = 190;
  /** A stored event seen again is rewritten at most this often when nothing else changed. */
  public static final long REFRESH_MILLIS = 86_400_000L;
  private static final long DAY = 86_400_000L;

  private SeenPolicy() {}

  /** True when the fresh record must be written over the stored one (or none). */
  public static boolean needsWrite(SeenEvent stored, SeenEvent fresh) {
    return stored == null || !stored.sameFacts(fresh) || fresh.seenAt() - stored.seenAt() >= REFRESH_MILLIS;
  }

  /** The keys to drop from the log at {@code now}: too old first, then the oldest beyond the cap. */
  public static List<String> toDrop(List<SeenEvent> log, Set<String> attended, long now) {
    List<String> drop = new ArrayList<>();
    List<SeenEvent> kept = new ArrayList<>();
    for (SeenEvent e : log) {
      long keep = (attended.contains(e.key()) ? KEEP_ATTENDED_DAYS : KEEP_DAYS) * DAY;
      if (now - e.seenAt() > keep) {
        drop.add(e.key());
      } else {
        kept.add(e);
      }
    }
    if (kept.size() > MAX_EVENTS) {
      // Unattended events go before attended ones; within each, the longest unseen first.
      kept.sort((a, b) -> {
        boolean wa = attended.contains(a.key());
        boolean wb = attended.contains(b.key());
        return wa != wb ? (wa ? 1 : -1) : Long.compare(a.seenAt(), b.seenAt());
      });
      for (int i = 0; i < kept.size() - MAX_EVENTS; i++) {
        drop.add(kept.get(i).key());
      }
    }
    return drop;
  }
}
