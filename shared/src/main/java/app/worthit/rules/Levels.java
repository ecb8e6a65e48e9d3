package app.worthit.rules;

import app.worthit.model.VerdictLevel;

/** The score bands of the three verdict levels. */
final class Levels {
  /** The lowest worth-it score. */
  static final int WORTH_IT_FROM = 65;
  /** The highest skip score. */
  static final int SKIP_UP_TO = 35;

  private Levels() {}

  static VerdictLevel of(int score) {
    if (score >= WORTH_IT_FROM) {
      return VerdictLevel.WORTH_IT;
    }
    return score <= SKIP_UP_TO ? VerdictLevel.SKIP : VerdictLevel.MAYBE;
  }

  /** The score clamped into the band of level. */
  static int within(VerdictLevel level, int score) {
    return switch (level) {
      case WORTH_IT -> Math.max(WORTH_IT_FROM, score);
      case MAYBE -> Math.max(SKIP_UP_TO + 1, Math.min(WORTH_IT_FROM - 1, score));
      case SKIP -> Math.min(SKIP_UP_TO, score);
    };
  }

  static int clamp(int score) {
    return Math.max(0, Math.min(100, score));
  }
}
