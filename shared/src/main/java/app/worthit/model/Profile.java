package app.worthit.model;

/** What the user told us about themselves; every field may be unknown (null). */
public record Profile(String targetTitle, String industry, Integer timesAttendedGroup) {
  /** A profile with nothing known. */
  public static final Profile EMPTY = new Profile(null, null, null);
}
