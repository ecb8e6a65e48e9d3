package app.worthit.rules.text;

import java.util.Set;

/**
 * Decides whether a matched phrase is denied by its neighbours: "not a support group", "no vendors",
 * "vendor-free", "sales pitches are not allowed", but not "not just job leads".
 */
final class Negation {
  private static final int WINDOW = 4;
  private static final Set<String> NEGATORS = Set.of("no", "not", "never", "without", "isnt", "arent",
      "wasnt", "dont", "doesnt", "wont", "cant", "nor", "zero", "non", "neither", "nobody", "nothing");
  private static final Set<String> LIMITERS = Set.of("just", "only", "merely", "simply");
  private static final Set<String> BREAKS = Set.of("but", "and", "yet", "while", "whereas", "although");
  private static final Set<String> AFTER = Set.of("free", "prohibited", "banned", "forbidden", "neutral", "agnostic");

  private Negation() {}

  static boolean denies(ListingText text, int start, int end) {
    for (int i = start - 1; i >= 0 && i >= start - WINDOW; i--) {
      String t = text.token(i);
      if (!text.isWord(i) && Tokenizer.STOP.equals(t)) {
        break;
      }
      if (BREAKS.contains(t)) {
        break;
      }
      if (NEGATORS.contains(t)) {
        return !(i + 1 < start && LIMITERS.contains(text.token(i + 1)));
      }
    }
    if (end < text.size() && text.isWord(end)) {
      String next = text.token(end);
      if (AFTER.contains(next)) {
        return true;
      }
      if ((next.equals("not") || next.equals("arent") || next.equals("isnt")) && end + 1 < text.size()) {
        String then = text.token(end + 1);
        return then.equals("allowed") || then.equals("permitted") || then.equals("welcome");
      }
    }
    return false;
  }
}
