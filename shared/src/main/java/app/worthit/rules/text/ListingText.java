package app.worthit.rules.text;

/**
 * A listing's words, normalised once per request: title, group name, description and group
 * description in that order, each ended by a {@link Tokenizer#STOP}. The tokens stay characters
 * in one array; a token's String is made only when asked for, which most never are.
 */
public final class ListingText {
  private static final Field[] FIELDS = Field.values();
  private final Tokens tokens;
  private final int[] fieldEnds;

  private ListingText(Tokens tokens, int[] fieldEnds) {
    this.tokens = tokens;
    this.fieldEnds = fieldEnds;
  }

  /** The words of the four text fields (any may be null). */
  public static ListingText of(String title, String groupName, String description, String groupDescription) {
    String[] fields = {title, groupName, description, groupDescription};
    int chars = 0;
    for (String f : fields) {
      chars += f == null ? 0 : f.length();
    }
    Tokens tokens = new Tokens(chars + 16);
    int[] ends = new int[fields.length];
    for (int f = 0; f < fields.length; f++) {
      Tokenizer.read(fields[f], tokens);
      ends[f] = tokens.count;
    }
    return new ListingText(tokens, ends);
  }

  /** The words of a short text such as a profile's target title. */
  public static ListingText of(String text) {
    return of(text, null, null, null);
  }

  /** How many tokens (words and marks) there are. */
  public int size() {
    return tokens.count;
  }

  /** The token at index i: a word, or {@link Tokenizer#STOP} or {@link Tokenizer#COMMA} themselves. */
  public String token(int i) {
    return tokens.string(i);
  }

  /** Whether each token is a clause mark, by index (the array may run past {@link #size}). */
  boolean[] marks() {
    return tokens.marks;
  }

  /** True if the token at i is a word (not a clause mark). */
  public boolean isWord(int i) {
    return !tokens.isMark(i);
  }

  /** True if the token at i is the mark {@link Tokenizer#STOP}. */
  boolean isStop(int i) {
    return tokens.isMark(i) && tokens.chars[tokens.start(i)] == Tokens.STOP_CHAR;
  }

  /** True if the token at i is exactly word, compared without making the token's String. */
  public boolean is(int i, String word) {
    return length(i) == word.length() && startsWith(i, word);
  }

  /** True if the token at i starts with prefix, compared without making the token's String. */
  boolean startsWith(int i, String prefix) {
    int start = tokens.start(i);
    int n = prefix.length();
    if (tokens.end(i) - start < n) {
      return false;
    }
    char[] chars = tokens.chars;
    for (int k = 0; k < n; k++) {
      if (chars[start + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** True if the tokens from a to aEnd are those from b to bEnd, compared by their characters. */
  boolean sameWords(int a, int aEnd, int b, int bEnd) {
    if (aEnd - a != bEnd - b) {
      return false;
    }
    char[] chars = tokens.chars;
    for (int i = 0; i < aEnd - a; i++) {
      int from = tokens.start(a + i);
      int other = tokens.start(b + i);
      int n = tokens.end(a + i) - from;
      if (tokens.end(b + i) - other != n) {
        return false;
      }
      for (int k = 0; k < n; k++) {
        if (chars[from + k] != chars[other + k]) {
          return false;
        }
      }
    }
    return true;
  }

  /** True if the token at i is a word of digits only. */
  boolean isDigits(int i) {
    int start = tokens.start(i);
    int end = tokens.end(i);
    if (end == start) {
      return false;
    }
    for (int k = start; k < end; k++) {
      char c = tokens.chars[k];
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The number of characters of the token at i. */
  int length(int i) {
    return tokens.end(i) - tokens.start(i);
  }

  /** The k-th character of the token at i. */
  char charAt(int i, int k) {
    return tokens.chars[tokens.start(i) + k];
  }

  /** The id of the token at i among the vocabulary's words, or {@link Vocabulary#NONE}. */
  int idIn(Vocabulary vocabulary, int i) {
    return vocabulary.idOf(tokens.chars, tokens.start(i), tokens.end(i), tokens.hashes[i]);
  }

  /** The field the token at index i belongs to. */
  public Field field(int i) {
    for (int f = 0; f < fieldEnds.length; f++) {
      if (i < fieldEnds[f]) {
        return FIELDS[f];
      }
    }
    return FIELDS[FIELDS.length - 1];
  }

  /** The number of words in the free-text fields (description and group description). */
  public int freeTextWords() {
    int count = 0;
    for (int i = fieldEnds[1]; i < tokens.count; i++) {
      if (isWord(i)) {
        count++;
      }
    }
    return count;
  }

  /** The words from start (inclusive) to end (exclusive), joined by spaces. */
  public String words(int start, int end) {
    if (end == start + 1) {
      return token(start);
    }
    StringBuilder b = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(tokens.chars, tokens.start(i), length(i));
    }
    return b.toString();
  }

  /** True if any word within `distance` words before start (same clause) is in words. */
  public boolean anyBefore(int start, int distance, WordSet words) {
    for (int i = start - 1; i >= 0 && i >= start - distance; i--) {
      if (isStop(i)) {
        return false;
      }
      if (words.contains(this, i)) {
        return true;
      }
    }
    return false;
  }

  /** True if any word within `distance` words from end (same clause) is in words. */
  public boolean anyAfter(int end, int distance, WordSet words) {
    for (int i = end; i < tokens.count && i < end + distance; i++) {
      if (isStop(i)) {
        return false;
      }
      if (words.contains(this, i)) {
        return true;
      }
    }
    return false;
  }
}
