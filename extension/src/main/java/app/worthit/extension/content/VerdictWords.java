package app.worthit.extension.content;

import app.worthit.model.Reason;
import app.worthit.model.Verdict;
import app.worthit.model.VerdictLevel;

/** The words the overlay uses for a verdict, so badge, panel and aria-label agree. */
final class VerdictWords {
  private VerdictWords() {}

  /** "Worth it", "Maybe" or "Skip". */
  static String word(VerdictLevel level) {
    return switch (level) {
      case WORTH_IT -> "Worth it";
      case MAYBE -> "Maybe";
      case SKIP -> "Skip";
    };
  }

  /** The reason with the largest effect, or null when none fired. */
  static Reason topReason(Verdict verdict) {
    Reason top = null;
    for (Reason r : verdict.reasons()) {
      if (top == null || Math.abs(r.effect()) > Math.abs(top.effect())) {
        top = r;
      }
    }
    return top;
  }

  /** The accessible name: verdict, score and top reason. */
  static String label(Verdict verdict) {
    Reason top = topReason(verdict);
    return "Worth it? " + word(verdict.verdict()) + ", score " + verdict.score() + " of 100"
        + (top == null ? "" : ". Top reason: " + top.text());
  }

  /** A signed effect such as "+20" or "−30". */
  static String effect(int effect) {
    return effect > 0 ? "+" + effect : effect < 0 ? "\u2212" + (-effect) : "0";
  }
}
