package app.worthit.rules.text;

/**
 * Tokens as the tokenizer writes them: their characters end to end in one growing array, where
 * each starts, whether it is a clause mark, and each word's String.hashCode, summed as its letters
 * are appended. No String is made per token: a long text has tens of thousands of them, and most are
 * only ever looked up by their characters (see {@link ListingText#token} for the strings).
 */
final class Tokens {
  static final char STOP_CHAR = '.';
  static final char COMMA_CHAR = ',';

  char[] chars;
  int length;
  // Token i is chars[bounds[i], bounds[i + 1]): one array read for either end, no branch for the first.
  int[] bounds;
  boolean[] marks;
  int[] hashes;
  int count;
  // The hash of the word being read.
  private int hash;

  Tokens(int expectedChars) {
    chars = new char[Math.max(16, expectedChars)];
    // Prose runs at five to six characters a token: sized once instead of regrown a dozen times.
    int tokens = 16 + expectedChars / 4;
    bounds = new int[tokens + 1];
    marks = new boolean[tokens];
    hashes = new int[tokens];
  }

  /** Where token i starts in {@link #chars}. */
  int start(int i) {
    return bounds[i];
  }

  /** Where token i ends (exclusive) in {@link #chars}. */
  int end(int i) {
    return bounds[i + 1];
  }

  /** How many characters the word being read has so far. */
  int open() {
    return length - bounds[count];
  }

  void append(char c) {
    if (length == chars.length) {
      char[] bigger = new char[length * 2];
      System.arraycopy(chars, 0, bigger, 0, length);
      chars = bigger;
    }
    chars[length++] = c;
    hash = 31 * hash + c;
  }

  /** Ends the word being read, if any. */
  void flush() {
    if (open() > 0) {
      close(false);
    }
  }

  /** Adds a whole word (the tokenizer's own, such as "one" for "1:1"). */
  void word(String w) {
    for (int i = 0; i < w.length(); i++) {
      append(w.charAt(i));
    }
    close(false);
  }

  /**
   * Ends a clause with a STOP or COMMA mark: never first, never twice in a row, and a STOP
   * overrides the COMMA before it. Called with no word open.
   */
  void mark(char mark) {
    if (count == 0) {
      return;
    }
    int last = count - 1;
    char previous = marks[last] ? chars[start(last)] : 0;
    if (previous == STOP_CHAR) {
      return;
    }
    if (previous == COMMA_CHAR) {
      chars[start(last)] = mark;
      return;
    }
    append(mark);
    close(true);
  }

  /** Token i as a String: a new one for a word, the constant itself for a mark. */
  String string(int i) {
    if (marks[i]) {
      return chars[start(i)] == STOP_CHAR ? Tokenizer.STOP : Tokenizer.COMMA;
    }
    return new String(chars, start(i), end(i) - start(i));
  }

  /** True if token i is a clause mark. */
  boolean isMark(int i) {
    return marks[i];
  }

  private void close(boolean mark) {
    if (count == marks.length) {
      int[] biggerBounds = new int[count * 2 + 1];
      boolean[] biggerMarks = new boolean[count * 2];
      int[] biggerHashes = new int[count * 2];
      System.arraycopy(bounds, 0, biggerBounds, 0, count + 1);
      System.arraycopy(marks, 0, biggerMarks, 0, count);
      System.arraycopy(hashes, 0, biggerHashes, 0, count);
      bounds = biggerBounds;
      marks = biggerMarks;
      hashes = biggerHashes;
    }
    marks[count] = mark;
    hashes[count] = hash;
    hash = 0;
    bounds[++count] = length;
  }
}
