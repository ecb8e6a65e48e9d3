package app.worthit.extension.digest;

import app.worthit.model.VerdictLevel;

/** The words of a verdict on the extension's pages. */
public final class VerdictText {
  private VerdictText() {}

  /** "Worth it", "Maybe" or "Skip". */
  public static String label(VerdictLevel v) {
    return switch (v) {
      case WORTH_IT -> "Worth it";
      case MAYBE -> "Maybe";
      case SKIP -> "Skip";
    };
  }
}
