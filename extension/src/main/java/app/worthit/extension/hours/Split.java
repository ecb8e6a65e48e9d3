package app.worthit.extension.hours;

import java.util.List;

/** How the hours are split: by the verdict the event had, or by the user's own rating afterwards. */
public enum Split {
  VERDICT("verdict", List.of("worth-it", "maybe", "skip"), List.of("Worth it", "Maybe", "Skip")),
  RATING("rating", List.of("worth-it", "not-worth-it", "unrated"),
      List.of("Rated worth it", "Rated not worth it", "Not rated"));

  private final String wire;
  private final List<String> categories;
  private final List<String> labels;

  Split(String wire, List<String> categories, List<String> labels) {
    this.wire = wire;
    this.categories = categories;
    this.labels = labels;
  }

  /** The value of the page's control. */
  public String wire() {
    return wire;
  }

  /** The categories, in the order they stack from the bottom. */
  public List<String> categories() {
    return categories;
  }

  /** The words for each category, in the same order. */
  public List<String> labels() {
    return labels;
  }

  /** The category of an attended event under this split. */
  public String categoryOf(AttendedEvent e) {
    return switch (this) {
      case VERDICT -> e.verdict().wire();
      case RATING -> e.rating() == null ? "unrated" : e.rating().wire();
    };
  }

  /** The split of a control value; anything unknown is VERDICT. */
  public static Split fromWire(String name) {
    return RATING.wire.equals(name) ? RATING : VERDICT;
  }
}
