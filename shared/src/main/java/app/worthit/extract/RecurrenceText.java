package app.worthit.extract;

import app.worthit.model.Recurrence;
import app.worthit.text.WordPhrases;

/** Recurrence stated in so many words in a title or the start of a description ("every other week"). */
final class RecurrenceText {
  /** Only the opening of a description is read: the schedule is stated there when at all. */
  private static final int READ = 600;
  private static final String DAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  private static final WordPhrases BIWEEKLY = new WordPhrases(
      "biweekly|bi-weekly|fortnightly",
      "every other|second week|" + DAY,
      "every two|2 weeks");
  private static final WordPhrases WEEKLY = new WordPhrases(
      "weekly meetup|meeting|social|session|call|circle|group|event",
      "every|each week",
      "once a week",
      "every " + DAY);
  private static final WordPhrases MONTHLY = new WordPhrases(
      "monthly meetup|meeting|social|session|call|circle|group|event|book|movie|mixer",
      "every|each month",
      "once a month",
      "first|second|third|fourth|last " + DAY + " of the|each|every month");

  private RecurrenceText() {}

  /** The recurrence the text states, or null when it states none. */
  static Recurrence of(String title, String description) {
    String text = (title == null ? "" : title) + "\n"
        + (description == null ? "" : description.length() > READ ? description.substring(0, READ) : description);
    if (BIWEEKLY.foundIn(text)) {
      return Recurrence.BIWEEKLY;
    }
    if (WEEKLY.foundIn(text)) {
      return Recurrence.WEEKLY;
    }
    return MONTHLY.foundIn(text) ? Recurrence.MONTHLY : null;
  }
}
