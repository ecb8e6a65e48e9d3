package app.worthit.extension.hours;

import app.worthit.extension.digest.Dom;
import java.util.List;
import org.teavm.jso.dom.xml.Element;

/**
 * The stacked bar chart as SVG. Colours come from the page's CSS (classes per category, text in
 * currentColor), so the same drawing reads in light and dark themes.
 */
final class HoursSvg {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 240;
  private static final int LEFT = 40;
  private static final int BOTTOM = 28;
  private static final int TOP = 12;

  private HoursSvg() {}

  static Element draw(List<HoursBar> bars, Split split, Period period) {
    Element svg = Dom.svg("svg", "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "class", "hours-chart",
        "role", "img", "aria-label", "Hours per " + period.wire() + " by " + split.wire()
            + " over six months; the table below gives the same numbers.");
    int maxMinutes = 60;
    for (HoursBar b : bars) {
      maxMinutes = Math.max(maxMinutes, b.total());
    }
    int maxHours = (maxMinutes + 59) / 60;
    double plot = HEIGHT - BOTTOM - TOP;
    for (int h : ticks(maxHours)) {
      double y = TOP + plot - plot * h / maxHours;
      svg.appendChild(Dom.svg("line", "class", "grid", "x1", Integer.toString(LEFT), "x2", Integer.toString(WIDTH),
          "y1", num(y), "y2", num(y)));
      Element label = Dom.svg("text", "class", "axis", "x", Integer.toString(LEFT - 6), "y", num(y + 4),
          "text-anchor", "end");
      label.setTextContent(h + "h");
      svg.appendChild(label);
    }
    double slot = (WIDTH - LEFT) / (double) bars.size();
    double width = slot * 0.7;
    for (int i = 0; i < bars.size(); i++) {
      HoursBar bar = bars.get(i);
      double x = LEFT + slot * i + (slot - width) / 2;
      double base = TOP + plot;
      for (int c = 0; c < split.categories().size(); c++) {
        int m = bar.minutes().get(c);
        if (m == 0) {
          continue;
        }
        double h = plot * m / (maxHours * 60.0);
        Element rect = Dom.svg("rect", "class", "seg seg-" + split.categories().get(c), "x", num(x),
            "y", num(base - h), "width", num(width), "height", num(h));
        Element title = Dom.svg("title");
        title.setTextContent(bar.label() + ": " + HoursText.hours(m) + " " + split.labels().get(c).toLowerCase());
        rect.appendChild(title);
        svg.appendChild(rect);
        base -= h;
      }
      if (period == Period.MONTH || (bars.size() - 1 - i) % 4 == 0) { // weeks: every fourth, the current one included
        Element label = Dom.svg("text", "class", "axis", "x", num(x + width / 2), "y", Integer.toString(HEIGHT - 8),
            "text-anchor", "middle");
        label.setTextContent(bar.label());
        svg.appendChild(label);
      }
    }
    return svg;
  }

  /** 0, the middle and the top hour of the axis (fewer when they coincide). */
  private static int[] ticks(int maxHours) {
    return maxHours >= 2 ? new int[] {0, maxHours / 2, maxHours} : new int[] {0, maxHours};
  }

  private static String num(double d) {
    return Long.toString(Math.round(d * 10) / 10) + "." + Math.abs(Math.round(d * 10) % 10);
  }
}
