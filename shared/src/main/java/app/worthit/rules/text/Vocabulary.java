package app.worthit.rules.text;

/**
 * Every plain word the cues name, numbered once, so matching compares ints instead of strings; a
 * token the cues never name has no number ({@link #NONE}) and can only match a prefix or a number.
 *
 * <p>The words sit in an open-addressing table of their characters, not a map of Strings: a token
 * is looked up without a String being made for it, and building the lexicon (on every page load in
 * the extension) boxes no ids. Words are added while the lexicon is built, before it is shared
 * between threads; lookups never write.
 */
final class Vocabulary {
  /** The id of a word no cue names. */
  static final int NONE = -1;

  // Each id's word, as characters.
  private char[][] words = new char[256][];
  private int count;
  // Slot -> id + 1 (0 is empty), found from String.hashCode by Fibonacci hashing; kept at most half full.
  private int[] slots = new int[1024];
  private int[] hashes = new int[1024];
  private int shift = 32 - 10;

  /** The id of a cue word, adding it if new. */
  int add(String word) {
    int hash = word.hashCode();
    int mask = slots.length - 1;
    int at = slot(hash);
    while (slots[at] != 0) {
      if (hashes[at] == hash && equal(words[slots[at] - 1], word)) {
        return slots[at] - 1;
      }
      at = (at + 1) & mask;
    }
    if (count == words.length) {
      char[][] more = new char[count * 2][];
      System.arraycopy(words, 0, more, 0, count);
      words = more;
    }
    words[count] = word.toCharArray();
    slots[at] = ++count;
    hashes[at] = hash;
    if (count * 2 > slots.length) {
      grow();
    }
    return count - 1;
  }

  /** The id of the word in chars[from, to), or NONE. */
  int idOf(char[] chars, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + chars[i];
    }
    return idOf(chars, from, to, hash);
  }

  /** The id of the word in chars[from, to) whose String.hashCode is hash, or NONE. */
  int idOf(char[] chars, int from, int to, int hash) {
    int mask = slots.length - 1;
    for (int at = slot(hash); slots[at] != 0; at = (at + 1) & mask) {
      if (hashes[at] == hash && equal(words[slots[at] - 1], chars, from, to)) {
        return slots[at] - 1;
      }
    }
    return NONE;
  }

  /** How many words are numbered. */
  int size() {
    return count;
  }

  private void grow() {
    int[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new int[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    shift--;
    int mask = slots.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] != 0) {
        int at = slot(oldHashes[i]);
        while (slots[at] != 0) {
          at = (at + 1) & mask;
        }
        slots[at] = oldSlots[i];
        hashes[at] = oldHashes[i];
      }
    }
  }

  // Fibonacci hashing: String.hashCode puts words that differ in their last letter in neighbouring
  // slots, which linear probing turns into long runs; the multiply spreads them over the table.
  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  private static boolean equal(char[] word, String s) {
    if (word.length != s.length()) {
      return false;
    }
    for (int i = 0; i < word.length; i++) {
      if (word[i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
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
