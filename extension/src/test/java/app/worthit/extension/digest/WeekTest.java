package app.worthit.extension.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.calendar.CalendarEvent;
import app.worthit.extension.seen.SeenEvent;
import app.worthit.extension.seen.SeenEvents;
import app.worthit.model.VerdictLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The week's order (worth it by start, then maybe, skipped only on request) and its filters. */
class WeekTest {
  private static final long NOW = Instant.parse("2026-06-22T12:00:00Z").toEpochMilli();
  private static final List<SeenEvent> SEEN = List.of(
      SeenEvents.event(1, VerdictLevel.MAYBE, "2026-06-23T18:00:00Z", null, true, NOW),
      SeenEvents.event(2, VerdictLevel.WORTH_IT, "2026-06-26T18:00:00Z", null, false, NOW),
      SeenEvents.event(3, VerdictLevel.WORTH_IT, "2026-06-24T18:00:00+02:00", null, null, NOW),
      SeenEvents.event(4, VerdictLevel.SKIP, "2026-06-23T09:00:00Z", null, true, NOW),
      SeenEvents.event(5, VerdictLevel.WORTH_IT, "2026-07-03T18:00:00Z", null, false, NOW),
      SeenEvents.event(6, VerdictLevel.MAYBE, "2026-07-15T18:00:00Z", null, true, NOW),
      SeenEvents.event(7, VerdictLevel.WORTH_IT, "2026-06-20T18:00:00Z", null, true, NOW),
      SeenEvents.event(8, VerdictLevel.WORTH_IT, "2026-06-22T11:00:00Z", "2026-06-22T13:00:00Z", true, NOW),
      SeenEvents.event(9, VerdictLevel.WORTH_IT, null, null, true, NOW),
      SeenEvents.event(10, VerdictLevel.MAYBE, "2026-06-25", null, false, NOW));

  private static List<Integer> ids(WeekFilter filter) {
    List<Integer> ids = new ArrayList<>();
    for (WeekEntry w : Week.upcoming(SEEN, NOW, 0, filter)) {
      ids.add(Integer.parseInt(w.event().key().substring("meetup:event:".length())));
    }
    return ids;
  }

  @Test
  void worth_it_events_come_first_by_start_then_maybe_and_skipped_ones_stay_out() {
    // 8 is under way (ends at 13:00), 7 is over, 9 has no start, 5 and 6 are beyond 7 days.
    assertEquals(List.of(8, 3, 2, 1, 10), ids(WeekFilter.DEFAULT));
  }

  @Test
  void show_skipped_lists_them_last() {
    assertEquals(List.of(8, 3, 2, 1, 10, 4), ids(new WeekFilter(7, Place.ANY, true)));
  }

  @Test
  void longer_windows_reach_further() {
    assertEquals(List.of(8, 3, 2, 5, 1, 10), ids(new WeekFilter(14, Place.ANY, false)));
    assertEquals(List.of(8, 3, 2, 5, 1, 10, 6), ids(new WeekFilter(30, Place.ANY, false)));
  }

  @Test
  void online_and_in_person_filters_count_an_unsaid_place_as_in_person() {
    assertEquals(List.of(8, 1), ids(new WeekFilter(7, Place.ONLINE, false)));
    assertEquals(List.of(3, 2, 10), ids(new WeekFilter(7, Place.IN_PERSON, false)));
  }

  @Test
  void a_time_without_offset_is_read_in_the_browsers_zone() {
    SeenEvent local = SeenEvents.event(11, VerdictLevel.MAYBE, "2026-06-22T13:30", null, true, NOW);
    assertEquals(1, Week.upcoming(List.of(local), NOW, 0, WeekFilter.DEFAULT).size());
    assertEquals(Instant.parse("2026-06-22T11:30:00Z").toEpochMilli(),
        Week.upcoming(List.of(local), NOW, 120, WeekFilter.DEFAULT).get(0).startMillis());
  }

  @Test
  void calendar_entries_carry_the_verdict_reasons_place_and_default_end() {
    List<CalendarEvent> entries = WeekCalendar.entries(Week.upcoming(SEEN, NOW, 0, WeekFilter.DEFAULT), 0);
    assertEquals(5, entries.size());
    CalendarEvent first = entries.get(0);
    assertEquals("meetup-event-8@worthit.invalid", first.uid());
    assertEquals("Online", first.location());
    assertEquals("Worth it? Worth it (score 50)\nBy Group\n- Reason of 8\nhttps://www.meetup.com/g/events/8/",
        first.description());
    CalendarEvent second = entries.get(1);
    assertEquals(null, second.location(), "the listing does not say where");
    assertTrue(second.endAssumed());
    assertTrue(second.description().endsWith(CalendarEvent.ASSUMED_END_NOTE));
    assertEquals("In person (see the event page)", entries.get(2).location());
  }
}
