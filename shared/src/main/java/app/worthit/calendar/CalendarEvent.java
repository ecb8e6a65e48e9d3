package app.worthit.calendar;

import app.worthit.time.IsoTime;

/**
 * One event as a calendar entry: times in epoch milliseconds (UTC), or whole days when the
 * listing gave a date only. {@code endAssumed} says the end was not given and is a default.
 */
public record CalendarEvent(
    String uid,
    long startMillis,
    long endMillis,
    boolean allDay,
    boolean endAssumed,
    String summary,
    String url,
    String location,
    String description) {
  /** How long an event lasts when its listing names no end: two hours. */
  public static final long DEFAULT_LENGTH_MILLIS = 2 * 3_600_000L;
  /** Said in the description of an event whose end is the default. */
  public static final String ASSUMED_END_NOTE = "The listing gives no end time: this entry ends two hours after the start.";

  public CalendarEvent {
    if (uid == null || uid.isEmpty() || summary == null) {
      throw new IllegalArgumentException("a calendar event needs a uid and a summary");
    }
    if (endMillis <= startMillis) {
      throw new IllegalArgumentException("a calendar event must end after it starts");
    }
  }

  /**
   * The entry of an event with subject key {@code key}, its times as the listing gives them (an
   * offsetless time read at {@code defaultOffsetMinutes} east of UTC); null when the start, the
   * key or the title is unknown. A missing, unreadable or earlier end becomes the start plus two hours, said in the
   * description.
   */
  public static CalendarEvent of(String key, String title, String url, String startsAt, String endsAt,
      String location, String description, int defaultOffsetMinutes) {
    IsoTime.Parsed start = IsoTime.parse(startsAt);
    if (start == null || key == null || key.isEmpty() || title == null) {
      return null;
    }
    IsoTime.Parsed end = IsoTime.parse(endsAt);
    long from = start.epochMillis(defaultOffsetMinutes);
    if (start.dateOnly()) {
      long to = end != null && end.dateOnly() && end.wallMillis() >= start.wallMillis()
          ? end.wallMillis() + 86_400_000L : start.wallMillis() + 86_400_000L;
      return new CalendarEvent(uid(key), start.wallMillis(), to, true, false, title, url, location, description);
    }
    Long to = end == null || end.dateOnly() ? null : end.epochMillis(defaultOffsetMinutes);
    boolean assumed = to == null || to <= from;
    String text = assumed ? join(description, ASSUMED_END_NOTE) : description;
    return new CalendarEvent(uid(key), from, assumed ? from + DEFAULT_LENGTH_MILLIS : to, false, assumed,
        title, url, location, text);
  }

  /** A UID that stays the same for the same event on every export: "meetup-event-123@worthit.invalid". */
  public static String uid(String key) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_') ? c : '-');
    }
    return b.append("@worthit.invalid").toString();
  }

  private static String join(String text, String note) {
    return text == null || text.isEmpty() ? note : text + "\n" + note;
  }
}
