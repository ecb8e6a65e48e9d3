package app.worthit.language;

/**
 * The clues of one segment: distinct function words per language, and accented letters per
 * language. The decision is deliberately cautious about foreign languages, since English text that
 * is taken for foreign goes unread: it needs two clues, and twice as many as English has.
 */
final class Tally {
  private static final Language[] LANGUAGES = Language.values();
  final int[] words = new int[LANGUAGES.length];
  final int[] letters = new int[LANGUAGES.length];
  private int uniqueLetters;

  void clear() {
    for (int l = 0; l < LANGUAGES.length; l++) {
      words[l] = 0;
      letters[l] = 0;
    }
    uniqueLetters = 0;
  }

  void word(int mask) {
    for (int l = 0; l < LANGUAGES.length; l++) {
      if ((mask & (1 << l)) != 0) {
        words[l]++;
      }
    }
  }

  void letter(int mask) {
    for (int l = 0; l < LANGUAGES.length; l++) {
      if ((mask & (1 << l)) != 0) {
        letters[l]++;
      }
    }
    if (Letters.isUnique(mask)) {
      uniqueLetters |= mask;
    }
  }

  /** The segment's own language, or null when its clues do not decide. */
  Language decide() {
    int english = words[Language.ENGLISH.ordinal()];
    int best = 0;
    int bestScore = 0;
    boolean tied = false;
    for (int l = 1; l < LANGUAGES.length; l++) {
      // A letter only this language writes backs up one of its function words (a short title's "für").
      int score = words[l] + (words[l] > 0 && (uniqueLetters & (1 << l)) != 0 ? 1 : 0);
      if (score == 0 || score < bestScore) {
        continue;
      }
      if (score > bestScore || letters[l] > letters[best]) {
        tied = false;
        best = l;
        bestScore = score;
      } else if (letters[l] == letters[best]) {
        tied = true;
      }
    }
    if (bestScore >= 2 && bestScore >= 2 * english) {
      return tied ? null : LANGUAGES[best];
    }
    return english > bestScore ? Language.ENGLISH : null;
  }
}
