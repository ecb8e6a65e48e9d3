package app.worthit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The hand-written calendar arithmetic agrees with java.time (which the browser bundles leave out). */
class IsoTimeTest {
  @Test
  void offsets_in_every_form_pages_use_give_the_same_instant_as_java_time() {
    long expected = Instant.parse("2026-06-25T22:00:00Z").toEpochMilli();
    for (String s : new String[] {"2026-06-25T18:00:00-04:00", "2026-06-25T22:00:00Z", "2026-06-25T23:00:00+0100",
        "2026-06-25T23:00+01", "2026-06-25T22:00:00.000Z", " 2026-06-26T00:00:00+02:00 "}) {
      assertEquals(expected, IsoTime.epochMillis(s, 0), s);
    }
  }

  @Test
  void a_time_without_offset_is_read_at_the_offset_given() {
    assertEquals(Instant.parse("2026-05-05T17:00:00Z").toEpochMilli(), IsoTime.epochMillis("2026-05-05T19:00", 120));
    assertEquals(null, IsoTime.parse("2026-05-05T19:00").offsetMinutes());
  }

  @Test
  void a_date_alone_is_a_date() {
    IsoTime.Parsed p = IsoTime.parse("2026-10-20");
    assertTrue(p.dateOnly());
    assertEquals(LocalDate.parse("2026-10-20").toEpochDay() * 86_400_000L, p.wallMillis());
  }

  @Test
  void unreadable_text_is_unknown() {
    for (String s : new String[] {null, "", "soon", "2026-13-01", "2026-06-25T18", "2026-06-25T18:00:00+5",
        "2026-06-25T18:00:00 EDT", "26-06-25"}) {
      assertNull(IsoTime.parse(s), String.valueOf(s));
    }
  }

  @Test
  void ics_forms_match_java_time_across_centuries_and_leap_days() {
    for (String s : new String[] {"1999-12-31T23:59:59Z", "2000-02-29T12:00:00Z", "2026-01-01T00:00:00Z",
        "2100-03-01T05:06:07Z", "1970-01-01T00:00:00Z"}) {
      long ms = Instant.parse(s).toEpochMilli();
      assertEquals(s.replace("-", "").replace(":", ""), IsoTime.icsUtc(ms));
    }
    for (long day = -1000; day < 80_000; day += 37) {
      LocalDate d = LocalDate.ofEpochDay(day);
      assertEquals(day, CivilDays.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
      assertEquals(d.getDayOfWeek().getValue() - 1, CivilDays.weekday(day));
    }
  }
}
