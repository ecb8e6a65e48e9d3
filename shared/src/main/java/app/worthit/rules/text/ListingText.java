package app.worthit.rules.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A listing's words, normalised once per request: title, group name, description and group
 * description in that order, each ended by a {@link Tokenizer#STOP}.
 */
public final class ListingText {
  private static final Field[] FIELDS = Field.values();
  private final String[] tokens;
  private final int[] fieldEnds;

  private ListingText(String[] tokens, int[] fieldEnds) {
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
    // Prose runs at five to six characters a token: sized once instead of regrown a dozen times.
    List<String> out = new ArrayList<>(16 + chars / 4);
    int[] ends = new int[fields.length];
    for (int f = 0; f < fields.length; f++) {
      Tokenizer.tokenize(fields[f], out);
      ends[f] = out.size();
    }
    return new ListingText(out.toArray(new String[0]), ends);
  }

  /** The words of a short text such as a profile's target title. */
  public static ListingText of(String text) {
    return of(text, null, null, null);
  }

  /** How many tokens (words and marks) there are. */
  public int size() {
    return tokens.length;
  }

  /** The token at index i. */
  public String token(int i) {
    return tokens[i];
  }

  /** True if the token at i is a word (not a clause mark). */
  public boolean isWord(int i) {
    return !Tokenizer.isMark(tokens[i]);
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
    for (int i = fieldEnds[1]; i < tokens.length; i++) {
      if (isWord(i)) {
        count++;
      }
    }
    return count;
  }

  /** The words from start (inclusive) to end (exclusive), joined by spaces. */
  public String words(int start, int end) {
    if (end == start + 1) {
      return tokens[start];
    }
    StringBuilder b = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(tokens[i]);
    }
    return b.toString();
  }

  /** True if any word within `distance` words before start (same clause) is in words. */
  public boolean anyBefore(int start, int distance, java.util.Set<String> words) {
    for (int i = start - 1; i >= 0 && i >= start - distance; i--) {
      if (Tokenizer.isStop(tokens[i])) {
        return false;
      }
      if (words.contains(tokens[i])) {
        return true;
      }
    }
    return false;
  }

  /** True if any word within `distance` words from end (same clause) is in words. */
  public boolean anyAfter(int end, int distance, java.util.Set<String> words) {
    for (int i = end; i < tokens.length && i < end + distance; i++) {
      if (Tokenizer.isStop(tokens[i])) {
        return false;
      }
      if (words.contains(tokens[i])) {
        return true;
      }
    }
    return false;
  }
}
