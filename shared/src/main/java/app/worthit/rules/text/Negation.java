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
  private static final Set<String> LINKS = Set.of("are", "is", "will", "be", "strictly", "always");
  private static final Set<String> REFUSED = Set.of("allowed", "permitted", "welcome", "tolerated");
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
    int i = end;
    while (i < text.size() && i < end + 2 && LINKS.contains(text.token(i))) {
      i++;
    }
    if (i >= text.size() || !text.isWord(i)) {
      return false;
    }
    String next = text.token(i);
    if (AFTER.contains(next)) {
      return true;
    }
    if (NEGATORS.contains(next) || next.equals("arent") || next.equals("isnt")) {
      return i + 1 < text.size() && REFUSED.contains(text.token(i + 1));
    }
    return false;
  }
}
