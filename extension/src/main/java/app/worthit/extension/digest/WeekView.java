package app.worthit.extension.digest;

import app.worthit.calendar.CalendarEvent;
import app.worthit.calendar.IcsWriter;
import app.worthit.extension.seen.SeenEvent;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** The "Your week" section: its filters, the ordered list of events, and the calendar downloads. */
final class WeekView {
  /** The file "Download all as .ics" gives. */
  static final String ALL_FILE = "worthit-week.ics";

  private List<WeekEntry> shown = List.of();

  /** Re-renders whenever a filter changes, and binds "Download all as .ics". */
  void bind(Runnable render) {
    Dom.byId("week-filters").addEventListener("change", event -> render.run());
    Dom.byId("export-ics").addEventListener("click", event -> {
      String ics = IcsWriter.write(WeekCalendar.entries(shown, EventTime.offsetMinutes()), System.currentTimeMillis());
      Download.offer(Dom.byId("export-ics-link"), ics, ALL_FILE, Download.CALENDAR);
    });
  }

  /** The filters as the controls show them now. */
  WeekFilter filter() {
    int days = checked("days-14") ? 14 : checked("days-30") ? 30 : 7;
    Place place = checked("place-online") ? Place.ONLINE : checked("place-in-person") ? Place.IN_PERSON : Place.ANY;
    return new WeekFilter(days, place, checked("show-skipped"));
  }

  void show(List<SeenEvent> seen, long now) {
    WeekFilter filter = filter();
    shown = Week.upcoming(seen, now, EventTime.offsetMinutes(), filter);
    HTMLElement list = Dom.byId("week-list");
    Dom.clear(list);
    for (WeekEntry w : shown) {
      list.appendChild(item(w));
    }
    Dom.byId("week-count").setTextContent(shown.isEmpty()
        ? "No upcoming events in the next " + filter.days() + " days among those you have seen."
        : shown.size() + (shown.size() == 1 ? " event" : " events") + " in the next " + filter.days() + " days.");
    Dom.byId("export-ics").setAttribute("aria-disabled", shown.isEmpty() ? "true" : "false");
  }

  private HTMLElement item(WeekEntry w) {
    SeenEvent e = w.event();
    HTMLElement li = Dom.el("li", "event", null);
    li.setAttribute("data-key", e.key());
    li.setAttribute("data-verdict", e.verdict().wire());
    HTMLElement head = Dom.el("div", "event-head", null);
    HTMLElement badge = Dom.el("span", "badge badge-" + e.verdict().wire(), VerdictText.label(e.verdict()));
    badge.setAttribute("title", "Score " + e.score() + " of 100");
    head.appendChild(badge);
    HTMLElement link = Dom.el("a", "event-title", e.title());
    link.setAttribute("href", e.url());
    link.setAttribute("target", "_blank");
    link.setAttribute("rel", "noopener noreferrer");
    head.appendChild(link);
    li.appendChild(head);
    HTMLElement meta = Dom.el("p", "event-meta", null);
    HTMLElement time = Dom.el("time", null, w.dateOnly() ? EventTime.date(w.startMillis())
        : EventTime.dateTime(w.startMillis()));
    time.setAttribute("datetime", EventTime.iso(w.startMillis()));
    meta.appendChild(time);
    String place = e.online() == null ? null : e.online() ? "Online" : "In person";
    for (String part : new String[] {place, e.groupName()}) {
      if (part != null) {
        meta.appendChild(Dom.el("span", null, " \u00b7 " + part));
      }
    }
    li.appendChild(meta);
    if (!e.reasons().isEmpty()) {
      li.appendChild(Dom.el("p", "event-reason", e.reasons().get(0)));
    }
    HTMLElement add = Dom.el("button", "add-to-calendar", "Add to calendar");
    add.setAttribute("type", "button");
    add.setAttribute("data-action", "add-to-calendar");
    add.setAttribute("aria-label", "Add \u201c" + e.title() + "\u201d to your calendar");
    add.addEventListener("click", event -> {
      List<CalendarEvent> one = WeekCalendar.entries(List.of(w), EventTime.offsetMinutes());
      Download.offer(Dom.byId("event-ics-link"), IcsWriter.write(one, System.currentTimeMillis()),
          "worthit-" + CalendarEvent.uid(e.key()).replace("@worthit.invalid", "") + ".ics", Download.CALENDAR);
    });
    li.appendChild(add);
    return li;
  }

  private static boolean checked(String id) {
    HTMLElement e = Dom.byId(id);
    return e != null && ((HTMLInputElement) e).isChecked();
  }
}
