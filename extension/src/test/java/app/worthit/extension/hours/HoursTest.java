package app.worthit.extension.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.worthit.extension.personal.PersonalData;
import app.worthit.extension.personal.PersonalRecord;
import app.worthit.extension.personal.Vote;
import app.worthit.extension.seen.SeenEvent;
import app.worthit.extension.seen.SeenEvents;
import app.worthit.model.VerdictLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Durations of attended events, their weekly and monthly sums split two ways, and the summary line. */
class HoursTest {
  private static final long NOW = Instant.parse("2026-06-24T12:00:00Z").toEpochMilli(); // a Wednesday
  private static final List<SeenEvent> SEEN = List.of(
      SeenEvents.event(1, VerdictLevel.WORTH_IT, "2026-06-22T18:00:00Z", "2026-06-22T21:30:00Z", false, NOW),
      SeenEvents.event(2, VerdictLevel.MAYBE, "2026-06-21T18:00:00Z", null, false, NOW),
      SeenEvents.event(3, VerdictLevel.SKIP, "2026-06-10T09:00:00+02:00", "2026-06-10T10:00:00+02:00", true, NOW),
      SeenEvents.event(4, VerdictLevel.WORTH_IT, "2026-03-02T18:00:00Z", "2026-03-02T17:00:00Z", false, NOW),
      SeenEvents.event(5, VerdictLevel.WORTH_IT, "2026-06-23T18:00:00Z", null, false, NOW),
      SeenEvents.event(6, VerdictLevel.MAYBE, "2025-11-01T18:00:00Z", null, false, NOW));
  private static final PersonalData MARKS = new PersonalData(List.of(
      PersonalRecord.attended("meetup:event:1", "meetup:group:g", 1),
      PersonalRecord.attended("meetup:event:2", "meetup:group:g", 1),
      PersonalRecord.attended("meetup:event:3", "meetup:group:g", 1),
      PersonalRecord.attended("meetup:event:4", "meetup:group:g", 1),
      PersonalRecord.attended("meetup:event:6", "meetup:group:g", 1),
      PersonalRecord.rating("meetup:event:1", Vote.WORTH_IT, 1),
      PersonalRecord.rating("meetup:event:3", Vote.NOT_WORTH_IT, 1)));

  private static List<AttendedEvent> attended(Map<String, Integer> corrected) {
    return Attendance.of(SEEN, MARKS, corrected, 0);
  }

  @Test
  void durations_come_from_the_correction_else_start_and_end_else_two_hours() {
    List<AttendedEvent> a = attended(Map.of("meetup:event:2", 45));
    List<String> keys = new ArrayList<>();
    List<Integer> minutes = new ArrayList<>();
    for (AttendedEvent e : a) {
      keys.add(e.key());
      minutes.add(e.minutes());
    }
    assertEquals(List.of("meetup:event:1", "meetup:event:2", "meetup:event:3", "meetup:event:4", "meetup:event:6"), keys,
        "latest first; event 5 was not attended");
    assertEquals(List.of(210, 45, 60, 120, 120), minutes, "an end before the start counts as unknown");
    assertEquals(AttendedEvent.Duration.CORRECTED, a.get(1).source());
    assertEquals(AttendedEvent.Duration.ASSUMED, a.get(3).source());
    assertEquals(Vote.WORTH_IT, a.get(0).rating());
    assertNull(a.get(1).rating());
  }

  @Test
  void weeks_start_on_monday_and_split_by_verdict() {
    List<HoursBar> bars = HoursChart.bars(attended(Map.of()), NOW, 0, Period.WEEK, Split.VERDICT);
    assertEquals(26, bars.size());
    HoursBar thisWeek = bars.get(25);
    assertEquals("Jun 22", thisWeek.label());
    assertEquals(List.of(210, 0, 0), thisWeek.minutes());
    assertEquals(List.of(0, 120, 0), bars.get(24).minutes(), "Sunday the 21st belongs to the week before");
    assertEquals(List.of(0, 0, 60), bars.get(23).minutes());
    assertEquals("Dec 29", bars.get(0).label(), "25 weeks before this one; November's event is outside");
    int total = 0;
    for (HoursBar b : bars) {
      total += b.total();
    }
    assertEquals(210 + 120 + 60 + 120, total);
  }

  @Test
  void months_split_by_the_users_rating() {
    List<HoursBar> bars = HoursChart.bars(attended(Map.of()), NOW, 0, Period.MONTH, Split.RATING);
    assertEquals(List.of("Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026"),
        bars.stream().map(HoursBar::label).toList());
    assertEquals(List.of(210, 60, 120), bars.get(5).minutes());
    assertEquals(List.of(0, 0, 120), bars.get(2).minutes());
  }

  @Test
  void the_browsers_offset_moves_an_event_across_a_week_boundary() {
    // Sunday 2026-06-21 18:00Z is Monday 02:00 at UTC+8.
    List<HoursBar> bars = HoursChart.bars(attended(Map.of()), NOW, 8 * 60, Period.WEEK, Split.VERDICT);
    assertEquals(List.of(210, 120, 0), bars.get(25).minutes());
  }

  @Test
  void the_summary_counts_the_last_30_days_and_the_hours_rated_worth_it() {
    assertEquals("Last month: 6.5 hours, 3.5 of them at events rated worth it.",
        HoursText.summary(attended(Map.of()), NOW));
    assertEquals("Last month: no hours at events you marked \u201cI went\u201d.", HoursText.summary(List.of(), NOW));
    assertEquals("1 hour", HoursText.hours(60));
    assertEquals("0.8 hours", HoursText.hours(45));
    assertEquals("9 hours", HoursText.hours(540));
  }

  @Test
  void typed_hours_become_minutes_within_bounds() {
    assertEquals(90, HoursView.minutes("1.5"));
    assertEquals(15, HoursView.minutes(" 0.25 "));
    assertNull(HoursView.minutes("0"));
    assertNull(HoursView.minutes("25"));
    assertNull(HoursView.minutes("soon"));
  }
}
