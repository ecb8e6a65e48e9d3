package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.model.VerdictLevel;
import java.util.Optional;

/** Unknown is not bad: a listing with too little text is held at maybe, never skip. */
final class NotEnoughInformation {
  /** Free-text words below which a listing says too little to judge. */
  static final int MIN_WORDS = 6;

  private NotEnoughInformation() {}

  /** The reason that holds a thin listing's score inside the maybe band, or empty if it says enough. */
  static Optional<Reason> check(Facts facts, int score) {
    int words = facts.text().freeTextWords();
    if (words >= MIN_WORDS) {
      return Optional.empty();
    }
    int held = Levels.within(VerdictLevel.MAYBE, score);
    String evidence = words == 0 ? "no description" : "description of " + words + (words == 1 ? " word" : " words");
    return Optional.of(Rules.reason(RuleId.NOT_ENOUGH_INFORMATION, held - score, evidence));
  }
}
