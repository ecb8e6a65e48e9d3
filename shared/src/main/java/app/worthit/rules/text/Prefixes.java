package app.worthit.rules.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every word prefix the cues name ("isolat*"), numbered once, so that a token's prefixes are found
 * once per token as a bit mask and each pattern element then tests them with an AND, instead of
 * comparing strings every time a pattern reaches the token.
 */
final class Prefixes {
  /** The shortest prefix a cue may name: the index below reads two letters. */
  static final int MIN_LENGTH = 2;
  private static final int BUCKETS = 512;
  private static final int[] NONE = new int[0];

  private final List<String> all = new ArrayList<>();
  private final Map<String, Integer> ids = new HashMap<>();
  // Prefix ids by a hash of their first two letters, built on first use.
  private int[][] byStart;

  /** The id of a prefix, adding it if new; all are added before the first token is read. */
  int add(String prefix) {
    if (prefix.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("a prefix needs at least " + MIN_LENGTH + " letters: " + prefix + "*");
    }
    Integer id = ids.get(prefix);
    if (id == null) {
      id = all.size();
      all.add(prefix);
      ids.put(prefix, id);
      byStart = null;
    }
    return id;
  }

  /** How many ints one token's mask takes. */
  int maskWords() {
    return (all.size() + 31) >>> 5;
  }

  /** Sets, in mask from offset on, the bit of every prefix the token at i of text starts with. */
  void mask(ListingText text, int i, int[] mask, int offset) {
    if (text.length(i) < MIN_LENGTH) {
      return;
    }
    for (int id : candidates(text.charAt(i, 0), text.charAt(i, 1))) {
      if (text.startsWith(i, all.get(id))) {
        mask[offset + (id >>> 5)] |= 1 << (id & 31);
      }
    }
  }

  // Most tokens share their first two letters with no prefix at all, and then cost one array read.
  private int[] candidates(char first, char second) {
    if (byStart == null) {
      int[] counts = new int[BUCKETS];
      for (String p : all) {
        counts[bucket(p.charAt(0), p.charAt(1))]++;
      }
      int[][] built = new int[BUCKETS][];
      for (int b = 0; b < BUCKETS; b++) {
        built[b] = counts[b] == 0 ? NONE : new int[counts[b]];
        counts[b] = 0;
      }
      for (int id = 0; id < all.size(); id++) {
        int b = bucket(all.get(id).charAt(0), all.get(id).charAt(1));
        built[b][counts[b]++] = id;
      }
      byStart = built;
    }
    return byStart[bucket(first, second)];
  }

  private static int bucket(char first, char second) {
    return (first * 31 + second) & (BUCKETS - 1);
  }
}
