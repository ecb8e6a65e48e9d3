package app.worthit.extension.digest;

import app.worthit.calendar.CalendarEvent;
import app.worthit.extension.seen.SeenEvent;
import app.worthit.model.VerdictLevel;
import app.worthit.time.IsoTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Your week": the upcoming events seen, best first: worth-it events by start time, then the
 * maybe ones, then (only when asked for) the skipped ones. An event is upcoming until it ends.
 */
public final class Week {
  private static final long DAY = 86_400_000L;
  private static final Comparator<WeekEntry> ORDER = Comparator
      .comparingInt((WeekEntry e) -> e.event().verdict().ordinal())
      .thenComparingLong(WeekEntry::startMillis)
      .thenComparing(e -> e.event().title())
      .thenComparing(e -> e.event().key());

  private Week() {}

  /** The events to list at {@code now}; times without offset are read at the browser's offset. */
  public static List<WeekEntry> upcoming(List<SeenEvent> seen, long now, int offsetMinutes, WeekFilter filter) {
    List<WeekEntry> out = new ArrayList<>();
    for (SeenEvent e : seen) {
      if (e.verdict() == VerdictLevel.SKIP && !filter.showSkipped() || !filter.place().admits(e.online())) {
        continue;
      }
      WeekEntry entry = entry(e, offsetMinutes);
      if (entry != null && entry.endMillis() > now && entry.startMillis() < now + filter.days() * DAY) {
        out.add(entry);
      }
    }
    out.sort(ORDER);
    return out;
  }

  /** The event with its times, or null when its start is unknown. */
  static WeekEntry entry(SeenEvent e, int offsetMinutes) {
    IsoTime.Parsed start = IsoTime.parse(e.startsAt());
    if (start == null) {
      return null;
    }
    long from = start.epochMillis(offsetMinutes);
    if (start.dateOnly()) {
      return new WeekEntry(e, from, from + DAY, true);
    }
    Long end = IsoTime.epochMillis(e.endsAt(), offsetMinutes);
    long to = end != null && end > from ? end : from + CalendarEvent.DEFAULT_LENGTH_MILLIS;
    return new WeekEntry(e, from, to, false);
  }
}
