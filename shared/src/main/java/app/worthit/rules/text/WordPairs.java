package app.worthit.rules.text;

/**
 * The phrases whose second part is a plain required word ("job search", "swap|trade notes|leads"),
 * indexed by the vocabulary ids of their first two words. A token is then tried only against the
 * phrases its next word continues: a common first word such as "job" leads two dozen phrases, and
 * trying each in turn was most of the lexicon's pass over cue-dense text.
 */
final class WordPairs {
  private static final Phrase[] NONE = new Phrase[0];

  private final int words;
  // Ids that lead at least one indexed phrase, so most tokens skip the table.
  private final boolean[] leads;
  // Open addressing on first * words + second; keys hold key + 1 (0 is empty), at most half full.
  private final int[] keys;
  private final Phrase[][] values;
  private final int shift;

  /** Indexes the phrases that {@link #indexes} accepts, keeping their order in each slot. */
  WordPairs(Phrase[] phrases, int vocabularySize) {
    words = vocabularySize;
    leads = new boolean[vocabularySize];
    int pairs = 0;
    for (Phrase p : phrases) {
      if (indexes(p)) {
        pairs += p.elements[0].ids.length * p.elements[1].ids.length;
      }
    }
    int size = 16;
    while (size < pairs * 2) {
      size *= 2;
    }
    keys = new int[size];
    values = new Phrase[size][];
    shift = 32 - Integer.numberOfTrailingZeros(size);
    // Count per slot, then fill: one array per pair at its final size.
    int[] counts = new int[size];
    for (int pass = 0; pass < 2; pass++) {
      for (Phrase p : phrases) {
        if (!indexes(p)) {
          continue;
        }
        for (int first : p.elements[0].ids) {
          leads[first] = true;
          for (int second : p.elements[1].ids) {
            int at = slot(first * words + second, true);
            if (pass == 0) {
              counts[at]++;
            } else {
              if (values[at] == null) {
                values[at] = new Phrase[counts[at]];
                counts[at] = 0;
              }
              values[at][counts[at]++] = p;
            }
          }
        }
      }
    }
  }

  /** True for a phrase this index holds: its second part is one required plain word. */
  static boolean indexes(Phrase phrase) {
    if (phrase.elements.length < 2) {
      return false;
    }
    Phrase.Element second = phrase.elements[1];
    return second.gap == 0 && !second.optional && !second.number && second.prefixes.length == 0
        && second.ids.length > 0;
  }

  /** True if the word with this id leads any indexed phrase. */
  boolean leads(int first) {
    return leads[first];
  }

  /** The indexed phrases led by the words first then second, in cue order. */
  Phrase[] get(int first, int second) {
    int at = slot(first * words + second, false);
    return at < 0 ? NONE : values[at];
  }

  // The slot of key: where it is, or -1 when absent; with add, where it is or goes.
  private int slot(int key, boolean add) {
    int mask = keys.length - 1;
    for (int at = (key * 0x9E3779B9) >>> shift; ; at = (at + 1) & mask) {
      if (keys[at] == key + 1) {
        return at;
      }
      if (keys[at] == 0) {
        if (!add) {
          return -1;
        }
        keys[at] = key + 1;
        return at;
      }
    }
  }
}
