package app.worthit.extension.seen;

import app.worthit.model.VerdictLevel;
import java.util.List;

/** Seen events for tests: a key number, a verdict, a start and when it was last seen. */
public final class SeenEvents {
  private SeenEvents() {}

  public static SeenEvent event(int id, VerdictLevel verdict, String startsAt, String endsAt, Boolean online,
      long seenAt) {
    return new SeenEvent("meetup:event:" + id, "https://www.meetup.com/g/events/" + id + "/", "Event " + id,
        "Group", startsAt, endsAt, online, null, null, verdict, 50, List.of("Reason of " + id), seenAt);
  }

  public static SeenEvent seenAt(int id, long seenAt) {
    return event(id, VerdictLevel.MAYBE, "2026-06-25T18:00:00Z", null, null, seenAt);
  }
}
