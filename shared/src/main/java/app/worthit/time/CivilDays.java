package app.worthit.time;

/**
 * Days since 1970-01-01 to and from a proleptic Gregorian date, after Howard Hinnant's algorithms:
 * calendar arithmetic without java.time, which would add about 300 KB to each browser bundle.
 */
public final class CivilDays {
  private CivilDays() {}

  /** The day number of the date (month 1..12). */
  public static long of(long year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  /** {year, month, day} of the day number. */
  public static long[] date(long days) {
    long z = days + 719468;
    long era = Math.floorDiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long day = doy - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    return new long[] {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
  }

  /** 0 for Monday to 6 for Sunday. */
  public static int weekday(long days) {
    return (int) Math.floorMod(days + 3, 7L);
  }

  /** The number with at least two digits. */
  public static String two(long n) {
    return n < 10 && n >= 0 ? "0" + n : Long.toString(n);
  }
}
