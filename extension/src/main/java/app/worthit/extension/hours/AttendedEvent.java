package app.worthit.extension.hours;

import app.worthit.extension.personal.Vote;
import app.worthit.model.VerdictLevel;

/**
 * An event the user marked "I went": when it started, how long it counts for (minutes), the
 * verdict it had, the user's rating (null: none), and where the duration came from.
 */
public record AttendedEvent(
    String key, String title, String url, long startMillis, int minutes, VerdictLevel verdict, Vote rating,
    Duration source) {
  /** Where an attended event's duration comes from. */
  public enum Duration { LISTED, ASSUMED, CORRECTED }

  public AttendedEvent {
    if (minutes <= 0) {
      throw new IllegalArgumentException("an attended event lasts some time");
    }
  }
}
