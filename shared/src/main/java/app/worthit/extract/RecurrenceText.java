package app.worthit.extract;

import app.worthit.model.Recurrence;
import java.util.regex.Pattern;

/** Recurrence stated in so many words in a title or the start of a description ("every other week"). */
final class RecurrenceText {
  /** Only the opening of a description is read: the schedule is stated there when at all. */
  private static final int READ = 600;
  private static final String DAY = "(mon|tues|wednes|thurs|fri|satur|sun)day";
  private static final Pattern BIWEEKLY = Pattern.compile(
      "(?i)\\b(bi-?weekly|fortnightly|every (other|second) (week|" + DAY + ")|every (two|2) weeks)\\b");
  private static final Pattern WEEKLY = Pattern.compile(
      "(?i)\\b(weekly (meetup|meeting|social|session|call|circle|group|event)|every week|each week|once a week|every " + DAY + ")\\b");
  private static final Pattern MONTHLY = Pattern.compile(
      "(?i)\\b(monthly (meetup|meeting|social|session|call|circle|group|event|book|movie|mixer)|every month|each month|once a month|"
          + "(first|second|third|fourth|last) " + DAY + " of (the|each|every) month)\\b");

  private RecurrenceText() {}

  /** The recurrence the text states, or null when it states none. */
  static Recurrence of(String title, String description) {
    String text = (title == null ? "" : title) + "\n"
        + (description == null ? "" : description.length() > READ ? description.substring(0, READ) : description);
    if (BIWEEKLY.matcher(text).find()) {
      return Recurrence.BIWEEKLY;
    }
    if (WEEKLY.matcher(text).find()) {
      return Recurrence.WEEKLY;
    }
    return MONTHLY.matcher(text).find() ? Recurrence.MONTHLY : null;
  }
}
