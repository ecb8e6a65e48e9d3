package app.worthit.extension.hours;

import app.worthit.extension.digest.Dom;
import app.worthit.extension.digest.EventTime;
import app.worthit.extension.digest.VerdictText;
import app.worthit.extension.personal.PersonalData;
import app.worthit.extension.personal.Vote;
import app.worthit.extension.seen.SeenData;
import app.worthit.extension.seen.SeenStore;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** The "Your hours" section: summary line, chart, table, and the attended events' durations. */
public final class HoursView {
  private final SeenStore store;

  public HoursView(SeenStore store) {
    this.store = store;
  }

  /** Re-renders when the period or the split changes. */
  public void bind(Runnable render) {
    Dom.byId("hours-period").addEventListener("change", event -> render.run());
    Dom.byId("hours-split").addEventListener("change", event -> render.run());
  }

  public void show(SeenData seen, PersonalData personal, long now) {
    List<AttendedEvent> attended = Attendance.of(seen.events(), personal, seen.minutes(), EventTime.offsetMinutes());
    Period period = Period.fromWire(((HTMLSelectElement) Dom.byId("hours-period")).getValue());
    Split split = Split.fromWire(((HTMLSelectElement) Dom.byId("hours-split")).getValue());
    List<HoursBar> bars = HoursChart.bars(attended, now, EventTime.offsetMinutes(), period, split);
    Dom.byId("hours-summary").setTextContent(HoursText.summary(attended, now));
    HTMLElement chart = Dom.byId("hours-chart");
    Dom.clear(chart);
    chart.appendChild(HoursSvg.draw(bars, split, period));
    legend(split);
    HoursTable.fill(Dom.byId("hours-table"), bars, split, period);
    attendedList(attended);
  }

  private void legend(Split split) {
    HTMLElement legend = Dom.byId("hours-legend");
    Dom.clear(legend);
    for (int c = 0; c < split.categories().size(); c++) {
      HTMLElement item = Dom.el("li", null, null);
      item.appendChild(Dom.el("span", "swatch seg-" + split.categories().get(c), null));
      item.appendChild(Dom.el("span", null, split.labels().get(c)));
      legend.appendChild(item);
    }
  }

  private void attendedList(List<AttendedEvent> attended) {
    HTMLElement list = Dom.byId("attended-list");
    Dom.clear(list);
    Dom.byId("attended-empty").setAttribute("hidden", "");
    if (attended.isEmpty()) {
      Dom.byId("attended-empty").removeAttribute("hidden");
    }
    for (AttendedEvent e : attended) {
      list.appendChild(item(e));
    }
  }

  private HTMLElement item(AttendedEvent e) {
    HTMLElement li = Dom.el("li", "attended", null);
    li.setAttribute("data-key", e.key());
    HTMLElement link = Dom.el("a", null, e.title());
    link.setAttribute("href", e.url());
    link.setAttribute("target", "_blank");
    link.setAttribute("rel", "noopener noreferrer");
    li.appendChild(link);
    String rating = e.rating() == null ? "not rated" : e.rating() == Vote.WORTH_IT ? "you rated it worth it"
        : "you rated it not worth it";
    li.appendChild(Dom.el("p", "event-meta", EventTime.date(e.startMillis()) + " \u00b7 "
        + VerdictText.label(e.verdict()) + " \u00b7 " + rating + " \u00b7 " + HoursText.hours(e.minutes())
        + (e.source() == AttendedEvent.Duration.ASSUMED ? " (no end time given: two hours assumed)"
            : e.source() == AttendedEvent.Duration.CORRECTED ? " (your correction)" : " (from the listing)")));
    String id = "hours-" + Integer.toHexString(e.key().hashCode());
    HTMLElement label = Dom.el("label", null, "Hours you spent");
    label.setAttribute("for", id);
    HTMLElement input = Dom.el("input", "duration", null);
    input.setAttribute("id", id);
    input.setAttribute("type", "number");
    input.setAttribute("min", "0.25");
    input.setAttribute("max", "24");
    input.setAttribute("step", "0.25");
    input.setAttribute("data-action", "duration");
    ((HTMLInputElement) input).setValue(Double.toString(Math.round(e.minutes() / 15.0) / 4.0));
    HTMLElement save = Dom.el("button", null, "Save hours");
    save.setAttribute("type", "button");
    save.setAttribute("data-action", "save-duration");
    save.addEventListener("click", event -> {
      Integer minutes = minutes(((HTMLInputElement) input).getValue());
      if (minutes != null) {
        store.setMinutes(e.key(), minutes);
      }
    });
    li.appendChild(label);
    li.appendChild(input);
    li.appendChild(save);
    if (e.source() == AttendedEvent.Duration.CORRECTED) {
      HTMLElement reset = Dom.el("button", null, "Use the listing's time");
      reset.setAttribute("type", "button");
      reset.setAttribute("data-action", "reset-duration");
      reset.addEventListener("click", event -> store.setMinutes(e.key(), null));
      li.appendChild(reset);
    }
    return li;
  }

  /** Hours typed by the user as whole minutes, or null when not a number from a quarter hour to 24 hours. */
  static Integer minutes(String hours) {
    try {
      double h = Double.parseDouble(hours.trim());
      return h >= 0.25 && h <= 24 ? (int) Math.round(h * 60) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
