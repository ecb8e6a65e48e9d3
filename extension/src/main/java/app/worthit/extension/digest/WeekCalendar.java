package app.worthit.extension.digest;

import app.worthit.calendar.CalendarEvent;
import app.worthit.extension.seen.SeenEvent;
import java.util.ArrayList;
import java.util.List;

/** The week's events as calendar entries: the verdict and its reasons in each description. */
public final class WeekCalendar {
  private WeekCalendar() {}

  /** One entry per event whose start is readable, in the list's order. */
  public static List<CalendarEvent> entries(List<WeekEntry> week, int offsetMinutes) {
    List<CalendarEvent> out = new ArrayList<>();
    for (WeekEntry w : week) {
      SeenEvent e = w.event();
      CalendarEvent c = CalendarEvent.of(e.key(), e.title(), e.url(), e.startsAt(), e.endsAt(),
          location(e.online()), description(e), offsetMinutes);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** "Online", "In person (see the event page)", or null when the listing does not say. */
  static String location(Boolean online) {
    if (online == null) {
      return null;
    }
    return online ? "Online" : "In person (see the event page)";
  }

  /** "Worth it? Worth it (score 78)", the group, then one line per reason and the event's address. */
  static String description(SeenEvent e) {
    StringBuilder b = new StringBuilder("Worth it? ").append(VerdictText.label(e.verdict()))
        .append(" (score ").append(e.score()).append(")");
    if (e.groupName() != null) {
      b.append("\nBy ").append(e.groupName());
    }
    for (String r : e.reasons()) {
      b.append("\n- ").append(r);
    }
    return b.append("\n").append(e.url()).toString();
  }
}
