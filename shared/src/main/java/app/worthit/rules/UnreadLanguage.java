package app.worthit.rules;

import app.worthit.language.Language;
import app.worthit.language.ListingReading;
import app.worthit.model.Reason;
import app.worthit.model.VerdictLevel;
import java.util.List;
import java.util.Optional;

/**
 * Says so when part of a listing is in a language the rules do not read. With too little English
 * left to judge by, the verdict is held at maybe, never skip: words that were not read are no
 * evidence either way. With enough English, the verdict stands on it and the reason only notes it.
 */
final class UnreadLanguage {
  private UnreadLanguage() {}

  /**
   * The reason, or empty when everything was read; {@code corrected} when a correction decides rules,
   * which then supply the facts and are not held.
   */
  static Optional<Reason> check(Facts facts, int score, boolean corrected) {
    ListingReading reading = facts.reading();
    if (!reading.hasUnreadText()) {
      return Optional.empty();
    }
    String languages = names(reading.unread());
    String evidence = reading.clues().isEmpty() ? null : String.join(", ", reading.clues());
    if (reading.englishEnough()) {
      String text = "Partly written in " + languages + "; the rules read its English part only.";
      return Optional.of(new Reason(RuleId.LANGUAGE.id(), 0, text, evidence));
    }
    int held = corrected ? score : Levels.within(VerdictLevel.MAYBE, score);
    String text = "Written in " + languages + "; the rules read English listings only for now.";
    return Optional.of(new Reason(RuleId.LANGUAGE.id(), held - score, text, evidence));
  }

  /** "German", "German and French", "German, French and Dutch". */
  private static String names(List<Language> languages) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < languages.size(); i++) {
      if (i > 0) {
        out.append(i == languages.size() - 1 ? " and " : ", ");
      }
      out.append(languages.get(i).englishName());
    }
    return out.toString();
  }
}
