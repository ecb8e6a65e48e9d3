package app.worthit.rules.text;

/**
 * Tokens as the tokenizer writes them: their characters end to end in one growing array, and where
 * each ends. No String is made per token: a long text has tens of thousands of them, and most are
 * only ever looked up by their characters (see {@link ListingText#token} for the strings).
 */
final class Tokens {
  static final char STOP_CHAR = '.';
  static final char COMMA_CHAR = ',';

  char[] chars;
  int length;
  int[] ends;
  int count;

  Tokens(int expectedChars) {
    chars = new char[Math.max(16, expectedChars)];
    // Prose runs at five to six characters a token: sized once instead of regrown a dozen times.
    ends = new int[16 + expectedChars / 4];
  }

  /** Where token i starts in {@link #chars}. */
  int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  /** How many characters the word being read has so far. */
  int open() {
    return length - (count == 0 ? 0 : ends[count - 1]);
  }

  void append(char c) {
    if (length == chars.length) {
      char[] bigger = new char[length * 2];
      System.arraycopy(chars, 0, bigger, 0, length);
      chars = bigger;
    }
    chars[length++] = c;
  }

  /** Ends the word being read, if any. */
  void flush() {
    if (open() > 0) {
      close();
    }
  }

  /** Adds a whole word (the tokenizer's own, such as "one" for "1:1"). */
  void word(String w) {
    for (int i = 0; i < w.length(); i++) {
      append(w.charAt(i));
    }
    close();
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
    char previous = isMark(last) ? chars[start(last)] : 0;
    if (previous == STOP_CHAR) {
      return;
    }
    if (previous == COMMA_CHAR) {
      chars[start(last)] = mark;
      return;
    }
    append(mark);
    close();
  }

  /** Token i as a String: a new one for a word, the constant itself for a mark. */
  String string(int i) {
    if (isMark(i)) {
      return chars[start(i)] == STOP_CHAR ? Tokenizer.STOP : Tokenizer.COMMA;
    }
    return new String(chars, start(i), ends[i] - start(i));
  }

  /** True if token i is a clause mark: a word never holds '.' or ',', the tokenizer splits on them. */
  boolean isMark(int i) {
    int s = start(i);
    if (ends[i] - s != 1) {
      return false;
    }
    char c = chars[s];
    return c == STOP_CHAR || c == COMMA_CHAR;
  }

  private void close() {
    if (count == ends.length) {
      int[] bigger = new int[count * 2];
      System.arraycopy(ends, 0, bigger, 0, count);
      ends = bigger;
    }
    ends[count++] = length;
  }
}
