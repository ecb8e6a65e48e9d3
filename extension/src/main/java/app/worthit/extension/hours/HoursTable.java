package app.worthit.extension.hours;

import app.worthit.extension.digest.Dom;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/** The chart's numbers as a table: one row per week or month, one column per category and the total. */
final class HoursTable {
  private HoursTable() {}

  static void fill(HTMLElement table, List<HoursBar> bars, Split split, Period period) {
    Dom.clear(table);
    table.appendChild(Dom.el("caption", null, "Hours per " + period.wire() + " at events you went to, by "
        + (split == Split.VERDICT ? "the verdict they had" : "your rating")));
    HTMLElement head = Dom.el("thead", null, null);
    HTMLElement row = Dom.el("tr", null, null);
    row.appendChild(header(period == Period.WEEK ? "Week of" : "Month", "col"));
    for (String label : split.labels()) {
      row.appendChild(header(label, "col"));
    }
    row.appendChild(header("Total", "col"));
    head.appendChild(row);
    table.appendChild(head);
    HTMLElement body = Dom.el("tbody", null, null);
    for (HoursBar bar : bars) {
      HTMLElement tr = Dom.el("tr", null, null);
      tr.appendChild(header(bar.label(), "row"));
      for (int c = 0; c < split.categories().size(); c++) {
        HTMLElement td = Dom.el("td", null, HoursText.hours(bar.minutes().get(c)));
        td.setAttribute("data-category", split.categories().get(c));
        tr.appendChild(td);
      }
      HTMLElement total = Dom.el("td", "total", HoursText.hours(bar.total()));
      total.setAttribute("data-category", "total");
      tr.appendChild(total);
      body.appendChild(tr);
    }
    table.appendChild(body);
  }

  private static HTMLElement header(String text, String scope) {
    HTMLElement th = Dom.el("th", null, text);
    th.setAttribute("scope", scope);
    return th;
  }
}
