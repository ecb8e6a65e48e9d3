package app.worthit.rules.text;

import app.worthit.text.Split;
import java.util.HashSet;
import java.util.Set;

/** Number words a listing may use in place of digits ("two meetings", "a dozen booths"). */
final class NumberWords {
  private static final Set<String> WORDS = new HashSet<>();

  static {
    for (String w : Split.on(("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        + " fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty"
        + " ninety hundred hundreds thousand thousands dozen dozens"), ' ')) {
      WORDS.add(w);
    }
  }

  private NumberWords() {}

  static boolean contains(String token) {
    return WORDS.contains(token);
  }

  /** Numbers the number words in vocabulary; the result is true at each one's id. */
  static boolean[] idsIn(Vocabulary vocabulary) {
    int[] ids = new int[WORDS.size()];
    int n = 0;
    for (String w : WORDS) {
      ids[n++] = vocabulary.add(w);
    }
    boolean[] isNumber = new boolean[vocabulary.size()];
    for (int id : ids) {
      isNumber[id] = true;
    }
    return isNumber;
  }
}
