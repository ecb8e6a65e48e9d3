package app.worthit.language;

/**
 * Words looked up by their characters, without a String made per word looked up: an
 * open-addressing table from a word to its id and a value (here a mask of languages). Filled once
 * while the class initialises, read-only after that.
 */
final class WordTable {
  private final char[][] words;
  private final int[] values;
  private final int[] slots;
  private final int mask;
  private int count;

  WordTable(int capacity) {
    words = new char[capacity][];
    values = new int[capacity];
    int size = Integer.highestOneBit(capacity * 4 - 1) << 1;
    slots = new int[size];
    mask = size - 1;
  }

  /** Ors value into the word's value, adding the word if new. */
  void add(String word, int value) {
    char[] w = word.toCharArray();
    int at = slot(w, 0, w.length);
    while (slots[at] != 0) {
      int id = slots[at] - 1;
      if (equal(words[id], w, 0, w.length)) {
        values[id] |= value;
        return;
      }
      at = (at + 1) & mask;
    }
    words[count] = w;
    values[count] = value;
    slots[at] = ++count;
  }

  /** The id of the word in chars[from, to), or -1. */
  int idOf(char[] chars, int from, int to) {
    for (int at = slot(chars, from, to); slots[at] != 0; at = (at + 1) & mask) {
      int id = slots[at] - 1;
      if (equal(words[id], chars, from, to)) {
        return id;
      }
    }
    return -1;
  }

  /** The value of a word id. */
  int value(int id) {
    return values[id];
  }

  /** How many words there are (ids run from 0 to size - 1). */
  int size() {
    return count;
  }

  private int slot(char[] chars, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + chars[i];
    }
    // Fibonacci hashing spreads words that differ in their last letter over the table.
    return ((hash * 0x9E3779B9) >>> 16) & mask;
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
}
