package app.worthit.extension.hours;

import app.worthit.extension.personal.PersonalData;
import app.worthit.extension.seen.SeenEvent;
import app.worthit.time.IsoTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The attended events with their durations: the user's correction, else end minus start, else two
 * hours. An event marked "I went" that is not in this browser's seen log has no start to count.
 */
public final class Attendance {
  /** Minutes counted when the listing gives no end. */
  public static final int DEFAULT_MINUTES = 120;
  /** Longest duration taken from a listing; a longer one (a multi-day expo) counts as the default. */
  public static final int MAX_LISTED_MINUTES = 12 * 60;

  private Attendance() {}

  /** The attended events among those seen, latest first. */
  public static List<AttendedEvent> of(List<SeenEvent> seen, PersonalData personal, Map<String, Integer> corrected,
      int offsetMinutes) {
    List<AttendedEvent> out = new ArrayList<>();
    for (SeenEvent e : seen) {
      if (!personal.attended(e.key())) {
        continue;
      }
      IsoTime.Parsed start = IsoTime.parse(e.startsAt());
      if (start == null) {
        continue;
      }
      long from = start.epochMillis(offsetMinutes);
      Integer fixed = corrected.get(e.key());
      int listed = listedMinutes(from, start.dateOnly() ? null : IsoTime.epochMillis(e.endsAt(), offsetMinutes));
      AttendedEvent.Duration source = fixed != null ? AttendedEvent.Duration.CORRECTED
          : listed > 0 ? AttendedEvent.Duration.LISTED : AttendedEvent.Duration.ASSUMED;
      int minutes = fixed != null ? fixed : listed > 0 ? listed : DEFAULT_MINUTES;
      out.add(new AttendedEvent(e.key(), e.title(), e.url(), from, minutes, e.verdict(), personal.vote(e.key()), source));
    }
    out.sort(Comparator.comparingLong(AttendedEvent::startMillis).reversed().thenComparing(AttendedEvent::key));
    return out;
  }

  /** End minus start in whole minutes, or 0 when unknown, not after the start, or implausibly long. */
  static int listedMinutes(long from, Long to) {
    if (to == null || to <= from) {
      return 0;
    }
    long minutes = (to - from) / 60_000L;
    return minutes > 0 && minutes <= MAX_LISTED_MINUTES ? (int) minutes : 0;
  }
}
