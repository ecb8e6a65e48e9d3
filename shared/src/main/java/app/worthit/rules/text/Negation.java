package app.worthit.rules.text;

import java.util.List;

/**
 * Decides whether a matched phrase is denied by its neighbours: "not a support group", "no vendors",
 * "vendor-free", "sales pitches are not allowed", but not "not just job leads". Its words are
 * numbered in the lexicon's vocabulary, so a check reads the scan's ids, never hashes a string.
 */
final class Negation {
  private static final int WINDOW = 4;
  private static final List<String> NEGATORS = List.of("no", "not", "never", "without", "isnt", "arent",
      "wasnt", "dont", "doesnt", "wont", "cant", "nor", "zero", "non", "neither", "nobody", "nothing");
  private static final List<String> LIMITERS = List.of("just", "only", "merely", "simply");
  private static final List<String> BREAKS = List.of("but", "and", "yet", "while", "whereas", "although");
  private static final List<String> LINKS = List.of("are", "is", "will", "be", "strictly", "always");
  private static final List<String> REFUSED = List.of("allowed", "permitted", "welcome", "tolerated");
  private static final List<String> AFTER = List.of("free", "prohibited", "banned", "forbidden", "neutral", "agnostic");

  private static final byte NEGATOR = 1;
  private static final byte LIMITER = 2;
  private static final byte BREAK = 4;
  private static final byte LINK = 8;
  private static final byte REFUSAL = 16;
  private static final byte AFTERWORD = 32;

  // The role bits of each vocabulary id; ids past the end have none.
  private byte[] roles = new byte[0];

  /** Numbers the negation words in the vocabulary. */
  Negation(Vocabulary vocabulary) {
    mark(vocabulary, NEGATORS, NEGATOR);
    mark(vocabulary, LIMITERS, LIMITER);
    mark(vocabulary, BREAKS, BREAK);
    mark(vocabulary, LINKS, LINK);
    mark(vocabulary, REFUSED, REFUSAL);
    mark(vocabulary, AFTER, AFTERWORD);
  }

  private void mark(Vocabulary vocabulary, List<String> words, byte role) {
    for (String w : words) {
      int id = vocabulary.add(w);
      if (id >= roles.length) {
        byte[] bigger = new byte[id + 16];
        System.arraycopy(roles, 0, bigger, 0, roles.length);
        roles = bigger;
      }
      roles[id] |= role;
    }
  }

  private boolean is(Scan scan, int i, byte role) {
    int id = scan.ids[i];
    return id >= 0 && id < roles.length && (roles[id] & role) != 0;
  }

  /** True if the phrase matched from start (inclusive) to end (exclusive) is denied. */
  boolean denies(Scan scan, int start, int end) {
    for (int i = start - 1; i >= 0 && i >= start - WINDOW; i--) {
      if (scan.marks[i] && scan.text.isStop(i)) {
        break;
      }
      if (is(scan, i, BREAK)) {
        break;
      }
      if (is(scan, i, NEGATOR)) {
        return !(i + 1 < start && is(scan, i + 1, LIMITER));
      }
    }
    int i = end;
    while (i < scan.size && i < end + 2 && is(scan, i, LINK)) {
      i++;
    }
    if (i >= scan.size || scan.marks[i]) {
      return false;
    }
    if (is(scan, i, AFTERWORD)) {
      return true;
    }
    if (is(scan, i, NEGATOR)) {
      return i + 1 < scan.size && is(scan, i + 1, REFUSAL);
    }
    return false;
  }
}
