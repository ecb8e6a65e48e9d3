package app.worthit.extract;

import app.worthit.time.CivilDays;

/** Epoch milliseconds as an ISO-8601 UTC time, without java.time (too heavy for the browser bundle). */
final class EpochTime {
  private EpochTime() {}

  /** "2022-12-01T18:00:00Z" for the instant. */
  static String isoUtc(long millis) {
    long seconds = Math.floorDiv(millis, 1000L);
    long days = Math.floorDiv(seconds, 86400L);
    long secondOfDay = seconds - days * 86400L;
    long[] date = CivilDays.date(days);
    long year = date[0];
    long month = date[1];
    long day = date[2];
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
