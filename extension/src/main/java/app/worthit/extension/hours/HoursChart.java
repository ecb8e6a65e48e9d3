package app.worthit.extension.hours;

import app.worthit.time.CivilDays;
import java.util.ArrayList;
import java.util.List;

/**
 * The hours of the attended events per week (Monday to Sunday) or per calendar month, in the
 * browser's time zone (its offset now), for the six months up to and including the current one.
 */
public final class HoursChart {
  private static final long DAY = 86_400_000L;
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private HoursChart() {}

  /** The bars, oldest first; each event counts in the bar its start falls in. */
  public static List<HoursBar> bars(List<AttendedEvent> attended, long now, int offsetMinutes, Period period,
      Split split) {
    long offset = offsetMinutes * 60_000L;
    long today = Math.floorDiv(now + offset, DAY);
    List<long[]> ranges = period == Period.WEEK ? weeks(today, period.bars()) : months(today, period.bars());
    List<HoursBar> bars = new ArrayList<>();
    for (long[] days : ranges) {
      long from = days[0] * DAY - offset;
      long to = days[1] * DAY - offset;
      List<Integer> minutes = new ArrayList<>();
      for (String category : split.categories()) {
        int sum = 0;
        for (AttendedEvent e : attended) {
          if (e.startMillis() >= from && e.startMillis() < to && category.equals(split.categoryOf(e))) {
            sum += e.minutes();
          }
        }
        minutes.add(sum);
      }
      bars.add(new HoursBar(from, to, label(days[0], period), minutes));
    }
    return bars;
  }

  /** [first day, day after the last) of each of the n weeks ending with today's. */
  private static List<long[]> weeks(long today, int n) {
    long monday = today - CivilDays.weekday(today);
    List<long[]> out = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      long from = monday - 7L * i;
      out.add(new long[] {from, from + 7});
    }
    return out;
  }

  /** [first day, first day of the next month) of each of the n months ending with today's. */
  private static List<long[]> months(long today, int n) {
    long[] date = CivilDays.date(today);
    long index = date[0] * 12 + (date[1] - 1);
    List<long[]> out = new ArrayList<>();
    for (long i = index - n + 1; i <= index; i++) {
      long next = i + 1;
      out.add(new long[] {CivilDays.of(i / 12, (int) (i % 12) + 1, 1), CivilDays.of(next / 12, (int) (next % 12) + 1, 1)});
    }
    return out;
  }

  /** "Jun 22" for a week (its Monday), "Jun 2026" for a month. */
  private static String label(long firstDay, Period period) {
    long[] d = CivilDays.date(firstDay);
    String month = MONTHS[(int) d[1] - 1];
    return period == Period.WEEK ? month + " " + d[2] : month + " " + d[0];
  }
}
