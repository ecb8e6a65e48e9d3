package app.worthit.extension.hours;

import java.util.List;

/**
 * One bar of the chart: a week or month [fromMillis, toMillis), its label, and the minutes of each
 * category of the split, in the split's order.
 */
public record HoursBar(long fromMillis, long toMillis, String label, List<Integer> minutes) {
  public HoursBar {
    minutes = List.copyOf(minutes);
  }

  /** All minutes of the bar. */
  public int total() {
    int sum = 0;
    for (int m : minutes) {
      sum += m;
    }
    return sum;
  }
}
