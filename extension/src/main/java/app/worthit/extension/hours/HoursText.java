package app.worthit.extension.hours;

import java.util.List;

/** Hours in words: "1.5 hours", and the page's one-line summary of the last month. */
public final class HoursText {
  /** The summary covers the 30 days before now. */
  public static final long MONTH_MILLIS = 30 * 86_400_000L;

  private HoursText() {}

  /** Minutes as hours with at most one decimal: "1 hour", "2.5 hours", "0 hours". */
  public static String hours(int minutes) {
    long tenths = Math.round(minutes / 6.0);
    String number = tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    return number + (tenths == 10 ? " hour" : " hours");
  }

  /** "Last month: 9 hours, 6 of them at events rated worth it." over the events started in the last 30 days. */
  public static String summary(List<AttendedEvent> attended, long now) {
    int total = 0;
    int worth = 0;
    for (AttendedEvent e : attended) {
      if (e.startMillis() <= now && e.startMillis() > now - MONTH_MILLIS) {
        total += e.minutes();
        if (e.rating() == app.worthit.extension.personal.Vote.WORTH_IT) {
          worth += e.minutes();
        }
      }
    }
    if (total == 0) {
      return "Last month: no hours at events you marked \u201cI went\u201d.";
    }
    String rated = worth == 0 ? "none of them at events rated worth it"
        : worth == total ? "all of them at events rated worth it"
        : hours(worth).replace(" hours", "").replace(" hour", "") + " of them at events rated worth it";
    return "Last month: " + hours(total) + ", " + rated + ".";
  }
}
