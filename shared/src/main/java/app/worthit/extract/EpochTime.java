package app.worthit.extract;

/** Epoch milliseconds as an ISO-8601 UTC time, without java.time (too heavy for the browser bundle). */
final class EpochTime {
  private EpochTime() {}

  /** "2022-12-01T18:00:00Z" for the instant; civil-from-days after Howard Hinnant's algorithm. */
  static String isoUtc(long millis) {
    long seconds = Math.floorDiv(millis, 1000L);
    long days = Math.floorDiv(seconds, 86400L);
    long secondOfDay = seconds - days * 86400L;
    long z = days + 719468;
    long era = Math.floorDiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long day = doy - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return year + "-" + two(month) + "-" + two(day) + "T" + two(secondOfDay / 3600) + ":"
        + two(secondOfDay / 60 % 60) + ":" + two(secondOfDay % 60) + "Z";
  }

  /** The epoch-millisecond text as ISO, or null when it is not a plausible epoch-ms number. */
  static String fromDigits(String text) {
    if (text == null || text.length() < 12 || text.length() > 14) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return null;
      }
    }
    return isoUtc(Long.parseLong(text));
  }

  private static String two(long n) {
    return n < 10 ? "0" + n : Long.toString(n);
  }
}
