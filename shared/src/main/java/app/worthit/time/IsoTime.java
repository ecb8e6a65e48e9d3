package app.worthit.time;

/**
 * ISO-8601 times as pages give them ("2026-06-25T18:00:00-04:00", "...Z", "+0100", a date alone,
 * a local time without offset) read into epoch milliseconds, and written back in UTC.
 */
public final class IsoTime {
  private static final long MINUTE = 60_000L;
  private static final long DAY = 86_400_000L;

  private IsoTime() {}

  /** A parsed time: the wall-clock time as if it were UTC, and its offset in minutes (null: none given). */
  public record Parsed(long wallMillis, Integer offsetMinutes, boolean dateOnly) {
    /** The instant, reading a time without offset at {@code defaultOffsetMinutes} east of UTC. */
    public long epochMillis(int defaultOffsetMinutes) {
      return wallMillis - (offsetMinutes != null ? offsetMinutes : defaultOffsetMinutes) * MINUTE;
    }
  }

  /** The parsed text, or null when it is not an ISO-8601 date or date-time. */
  public static Parsed parse(String text) {
    if (text == null) {
      return null;
    }
    String s = text.trim();
    if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    long wall = CivilDays.of(year, month, day) * DAY;
    if (s.length() == 10) {
      return new Parsed(wall, null, true);
    }
    char sep = s.charAt(10);
    if ((sep != 'T' && sep != ' ') || s.length() < 16 || s.charAt(13) != ':') {
      return null;
    }
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int i = 16;
    int second = 0;
    if (i < s.length() && s.charAt(i) == ':') {
      second = digits(s, i + 1, i + 3);
      i += 3;
      while (i < s.length() && (s.charAt(i) == '.' || Character.isDigit(s.charAt(i)))) {
        i++; // fractions of a second are dropped: no page gives them meaning
      }
    }
    if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || second < 0 || second > 60) {
      return null;
    }
    wall += ((hour * 60L + minute) * 60L + second) * 1000L;
    Integer offset = offset(s, i);
    if (i < s.length() && offset == null) {
      return null;
    }
    return new Parsed(wall, offset, false);
  }

  /** The instant of the text, a time without offset read at the given offset; null when unreadable. */
  public static Long epochMillis(String text, int defaultOffsetMinutes) {
    Parsed p = parse(text);
    return p == null ? null : p.epochMillis(defaultOffsetMinutes);
  }

  /** "20260625T220000Z": the instant in iCalendar's UTC form. */
  public static String icsUtc(long millis) {
    long days = Math.floorDiv(millis, DAY);
    long ms = millis - days * DAY;
    return icsDate(days) + "T" + CivilDays.two(ms / 3_600_000L) + CivilDays.two(ms / MINUTE % 60)
        + CivilDays.two(ms / 1000 % 60) + "Z";
  }

  /** "20260625": the day in iCalendar's DATE form. */
  public static String icsDate(long days) {
    long[] d = CivilDays.date(days);
    return d[0] + CivilDays.two(d[1]) + CivilDays.two(d[2]);
  }

  /** "Z", "+02:00", "+0200" or "+02" from index i, as minutes east of UTC; null when absent or malformed. */
  private static Integer offset(String s, int i) {
    if (i >= s.length()) {
      return null;
    }
    String rest = s.substring(i);
    if (rest.equals("Z") || rest.equals("z")) {
      return 0;
    }
    char sign = rest.charAt(0);
    if (sign != '+' && sign != '-') {
      return null;
    }
    String hm = rest.substring(1).replace(":", "");
    if (hm.length() != 2 && hm.length() != 4) {
      return null;
    }
    int hours = digits(hm, 0, 2);
    int minutes = hm.length() == 4 ? digits(hm, 2, 4) : 0;
    if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
      return null;
    }
    int total = hours * 60 + minutes;
    return sign == '-' ? -total : total;
  }

  /** The decimal number of s[from, to), or -1 when any of it is not a digit. */
  private static int digits(String s, int from, int to) {
    if (to > s.length()) {
      return -1;
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
