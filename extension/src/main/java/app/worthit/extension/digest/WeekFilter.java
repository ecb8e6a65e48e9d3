package app.worthit.extension.digest;

/** The week's filters: how many days ahead (7, 14 or 30), where, and whether skipped events show. */
public record WeekFilter(int days, Place place, boolean showSkipped) {
  /** The page's first view: the next 7 days, anywhere, without skipped events. */
  public static final WeekFilter DEFAULT = new WeekFilter(7, Place.ANY, false);

  public WeekFilter {
    if (days != 7 && days != 14 && days != 30) {
      throw new IllegalArgumentException("the week looks 7, 14 or 30 days ahead");
    }
    if (place == null) {
      place = Place.ANY;
    }
  }
}
