package app.worthit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The shared .ics writer, read back by a real iCalendar parser (ical4j). */
class IcsWriterTest {
  private static final long STAMP = Instant.parse("2026-06-01T09:00:00Z").toEpochMilli();

  private static CalendarEvent event(String key, String title, String start, String end, String description) {
    return CalendarEvent.of(key, title, "https://www.meetup.com/g/events/" + key.replaceAll("\\D", "") + "/",
        start, end, "Online", description, 0);
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static VEvent only(Calendar c) {
    List<VEvent> events = c.getComponents(Component.VEVENT);
    assertEquals(1, events.size());
    return events.get(0);
  }

  private static String prop(VEvent e, String name) {
    return e.getProperty(name).map(Property::getValue).orElse(null);
  }

  @Test
  void text_is_escaped_and_reads_back_unchanged() throws Exception {
    String title = "Talks, drinks; and a \\ backslash";
    String description = "Line one\nLine two, with \"quotes\"; done\r\nThird";
    String ics = IcsWriter.write(List.of(event("meetup:event:1", title, "2026-06-25T18:00:00Z", null, description)), STAMP);
    assertTrue(ics.contains("SUMMARY:Talks\\, drinks\\; and a \\\\ backslash\r\n"), ics);
    VEvent e = only(parse(ics));
    assertEquals(title, prop(e, Property.SUMMARY));
    assertEquals("Line one\nLine two, with \"quotes\"; done\nThird\n" + CalendarEvent.ASSUMED_END_NOTE,
        prop(e, Property.DESCRIPTION));
  }

  @Test
  void long_lines_fold_at_75_octets_without_splitting_a_character() throws Exception {
    String description = "Réseautage 日本語 🎉 ".repeat(40).trim();
    String ics = IcsWriter.write(List.of(event("meetup:event:2", "Long", "2026-06-25T18:00:00Z",
        "2026-06-25T19:00:00Z", description)), STAMP);
    assertTrue(ics.endsWith("\r\n"));
    for (String line : ics.split("\r\n", -1)) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
      assertFalse(line.contains("\n") || line.contains("\r"), line);
      assertFalse(line.contains("\uFFFD"), line);
    }
    assertTrue(ics.contains("\r\n "), "some line is folded");
    assertEquals(description, prop(only(parse(ics)), Property.DESCRIPTION));
  }

  @Test
  void times_are_written_in_utc_and_read_back_as_the_same_instants() throws Exception {
    String ics = IcsWriter.write(List.of(event("eventbrite:event:3", "Offsets", "2026-06-25T18:00:00-04:00",
        "2026-06-25T23:30:00+0100", null)), STAMP);
    assertTrue(ics.contains("DTSTART:20260625T220000Z\r\n"), ics);
    assertTrue(ics.contains("DTEND:20260625T223000Z\r\n"), ics);
    VEvent e = only(parse(ics));
    Temporal start = e.getStartDate().orElseThrow().getDate();
    Temporal end = e.getEndDate().orElseThrow().getDate();
    assertEquals(Instant.parse("2026-06-25T22:00:00Z"), Instant.from(start));
    assertEquals(Instant.parse("2026-06-25T22:30:00Z"), Instant.from(end));
    assertNull(prop(e, Property.DESCRIPTION), "a given end needs no note");
  }

  @Test
  void a_missing_end_is_two_hours_after_the_start_and_the_description_says_so() throws Exception {
    VEvent e = only(parse(IcsWriter.write(List.of(event("meetup:event:4", "No end", "2026-06-25T18:00:00Z", "",
        "Worth it (score 80)")), STAMP)));
    assertEquals(Instant.parse("2026-06-25T20:00:00Z"), Instant.from(e.getEndDate().orElseThrow().getDate()));
    assertEquals("Worth it (score 80)\n" + CalendarEvent.ASSUMED_END_NOTE, prop(e, Property.DESCRIPTION));
  }

  @Test
  void a_date_alone_is_an_all_day_entry() throws Exception {
    String ics = IcsWriter.write(List.of(event("eventbrite:event:5", "Date only", "2026-10-20", "2026-10-20", null)), STAMP);
    assertTrue(ics.contains("DTSTART;VALUE=DATE:20261020\r\nDTEND;VALUE=DATE:20261021\r\n"), ics);
    assertEquals(LocalDate.parse("2026-10-20"), LocalDate.from(only(parse(ics)).getStartDate().orElseThrow().getDate()));
  }

  @Test
  void uids_follow_the_subject_key_and_the_file_validates() throws Exception {
    CalendarEvent a = event("meetup:event:6", "A", "2026-06-25T18:00:00Z", null, null);
    CalendarEvent again = event("meetup:event:6", "A renamed", "2026-06-26T18:00:00Z", null, null);
    CalendarEvent b = event("eventbrite:event:6", "B", "2026-06-25T18:00:00Z", null, null);
    assertEquals("meetup-event-6@worthit.invalid", a.uid());
    assertEquals(a.uid(), again.uid());
    assertNotEquals(a.uid(), b.uid());
    Calendar c = parse(IcsWriter.write(List.of(a, b), STAMP));
    assertEquals(2, c.getComponents(Component.VEVENT).size());
    assertFalse(c.validate().hasErrors(), c.validate().toString());
    VEvent first = c.<VEvent>getComponents(Component.VEVENT).get(0);
    assertEquals("https://www.meetup.com/g/events/6/", prop(first, Property.URL));
    assertEquals("Online", prop(first, Property.LOCATION));
    assertEquals("20260601T090000Z", prop(first, Property.DTSTAMP));
  }

  @Test
  void an_event_without_a_readable_start_has_no_entry() {
    assertNull(event("meetup:event:7", "When?", "soon", null, null));
    assertNull(event("meetup:event:7", "When?", null, null, null));
  }
}
