package app.worthit.rules.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Every plain word the cues name, numbered once, so matching compares ints instead of strings; a
 * token the cues never name has no number ({@link #NONE}) and can only match a prefix or a number.
 */
final class Vocabulary {
  /** The id of a word no cue names. */
  static final int NONE = -1;

  private final Map<String, Integer> ids = new HashMap<>();
  // The same words in an open-addressing table by String.hashCode, so a token is looked up by its
  // characters without a String being made for it. Built once by index(), after the last word is
  // added and before the lexicon is shared between threads, so lookups never write.
  private char[][] table;
  private int[] tableHashes;
  private int[] tableIds;
  private int shift;

  /** The id of a cue word, adding it if new. */
  int add(String word) {
    Integer id = ids.get(word);
    if (id == null) {
      if (table != null) {
        throw new IllegalStateException("a word added after indexing: " + word);
      }
      id = ids.size();
      ids.put(word, id);
    }
    return id;
  }

  /** The id of the word in chars[from, to), or NONE. */
  int idOf(char[] chars, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = table.length - 1;
    for (int at = slot(hash, shift); table[at] != null; at = (at + 1) & mask) {
      if (tableHashes[at] == hash && equal(table[at], chars, from, to)) {
        return tableIds[at];
      }
    }
    return NONE;
  }

  /** Makes the words findable by {@link #idOf(char[], int, int)}; no word can be added after. */
  void index() {
    int bits = 4;
    while ((1 << bits) < ids.size() * 2) {
      bits++;
    }
    int size = 1 << bits;
    shift = 32 - bits;
    char[][] words = new char[size][];
    int[] hashes = new int[size];
    int[] wordIds = new int[size];
    for (Map.Entry<String, Integer> e : ids.entrySet()) {
      int hash = e.getKey().hashCode();
      int at = slot(hash, shift);
      while (words[at] != null) {
        at = (at + 1) & (size - 1);
      }
      words[at] = e.getKey().toCharArray();
      hashes[at] = hash;
      wordIds[at] = e.getValue();
    }
    tableHashes = hashes;
    tableIds = wordIds;
    table = words;
  }

  // Fibonacci hashing: String.hashCode puts words that differ in their last letter in neighbouring
  // slots, which linear probing turns into long runs; the multiply spreads them over the table.
  private static int slot(int hash, int shift) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  private static boolean equal(char[] word, char[] chars, int from, int to) {
    if (word.length != to - from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (word[i - from] != chars[i]) {
        return false;
      }
    }
    return true;
  }

  /** How many words are numbered. */
  int size() {
    return ids.size();
  }
}
