package app.worthit.calendar;

import app.worthit.time.IsoTime;
import java.util.List;

/** An iCalendar file (RFC 5545) with one VEVENT per event, times in UTC or as whole days. */
public final class IcsWriter {
  /** The calendar's PRODID. */
  public static final String PRODUCT = "-//Worth It?//Your week//EN";

  private IcsWriter() {}

  /** The file's text, stamped (DTSTAMP) with the given instant. */
  public static String write(List<CalendarEvent> events, long stampMillis) {
    StringBuilder out = new StringBuilder(256 + events.size() * 512);
    line("BEGIN:VCALENDAR", out);
    line("VERSION:2.0", out);
    line("PRODID:" + PRODUCT, out);
    line("CALSCALE:GREGORIAN", out);
    String stamp = IsoTime.icsUtc(stampMillis);
    for (CalendarEvent e : events) {
      line("BEGIN:VEVENT", out);
      line("UID:" + IcsText.escape(e.uid()), out);
      line("DTSTAMP:" + stamp, out);
      if (e.allDay()) {
        line("DTSTART;VALUE=DATE:" + IsoTime.icsDate(Math.floorDiv(e.startMillis(), 86_400_000L)), out);
        line("DTEND;VALUE=DATE:" + IsoTime.icsDate(Math.floorDiv(e.endMillis(), 86_400_000L)), out);
      } else {
        line("DTSTART:" + IsoTime.icsUtc(e.startMillis()), out);
        line("DTEND:" + IsoTime.icsUtc(e.endMillis()), out);
      }
      line("SUMMARY:" + IcsText.escape(e.summary()), out);
      if (plainUri(e.url())) {
        line("URL:" + e.url(), out);
      }
      if (e.location() != null && !e.location().isEmpty()) {
        line("LOCATION:" + IcsText.escape(e.location()), out);
      }
      if (e.description() != null && !e.description().isEmpty()) {
        line("DESCRIPTION:" + IcsText.escape(e.description()), out);
      }
      line("END:VEVENT", out);
    }
    line("END:VCALENDAR", out);
    return out.toString();
  }

  /** A URI value is written unescaped, so one with spaces or control characters is left out. */
  private static boolean plainUri(String url) {
    if (url == null || url.isEmpty()) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      if (url.charAt(i) <= ' ' || url.charAt(i) == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static void line(String content, StringBuilder out) {
    IcsText.appendLine(content, out);
  }
}
