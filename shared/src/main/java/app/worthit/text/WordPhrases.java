package app.worthit.text;

import java.util.List;

/**
 * A fixed set of phrases found as whole words, ASCII case ignored, in one pass over a text: what a
 * regex such as {@code (?i)\b(every (other|second) week|once a week)\b} finds, without
 * java.util.regex, whose TeaVM port is a third of the extension's content script and slow in
 * JavaScript.
 *
 * <p>A pattern is words separated by single spaces, each word a set of alternatives separated by
 * '|': {@code "every other|second week"} stands for "every other week" and "every second week".
 * The patterns are matched as written, not expanded into every combination: they are built on
 * every page load in the extension, where making hundreds of strings is costly.
 */
public final class WordPhrases {
  // Each pattern's words, each word its alternatives in lower case.
  private final String[][][] patterns;
  // Each pattern's possible first letters, as bits of firstBit: a pattern is tried only where the
  // text's word starts with one of them, as it was when phrases were filed by first letter.
  private final int[] firsts;

  /** The patterns, as the class comment describes them. */
  public WordPhrases(String... patterns) {
    this.patterns = new String[patterns.length][][];
    this.firsts = new int[patterns.length];
    for (int p = 0; p < patterns.length; p++) {
      List<String> words = Split.on(lowerAscii(patterns[p]), ' ');
      this.patterns[p] = new String[words.size()][];
      for (int w = 0; w < words.size(); w++) {
        List<String> alternatives = Split.on(words.get(w), '|');
        this.patterns[p][w] = alternatives.toArray(new String[0]);
      }
      for (String alternative : this.patterns[p][0]) {
        firsts[p] |= firstBit(alternative.charAt(0));
      }
    }
  }

  /** True if one of the phrases occurs in text with no letter, digit or '_' right before or after it. */
  public boolean foundIn(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (i > 0 && Chars.isWordChar(text.charAt(i - 1))) {
        continue;
      }
      int first = firstBit(Chars.lowerAscii(text.charAt(i)));
      for (int p = 0; p < patterns.length; p++) {
        if ((firsts[p] & first) != 0 && matches(text, i, patterns[p], 0)) {
          return true;
        }
      }
    }
    return false;
  }

  // Whether the pattern's words from word w on are at text[at...], one space between two words.
  private static boolean matches(String text, int at, String[][] pattern, int w) {
    boolean last = w == pattern.length - 1;
    for (String alternative : pattern[w]) {
      int end = at + alternative.length();
      if (last ? Chars.hasWordAt(text, at, alternative)
          : Chars.hasAt(text, at, alternative) && end < text.length() && text.charAt(end) == ' '
              && matches(text, end + 1, pattern, w + 1)) {
        return true;
      }
    }
    return false;
  }

  // One bit per lowercase ASCII letter, and one shared by every other character.
  private static int firstBit(char lower) {
    return lower >= 'a' && lower <= 'z' ? 1 << (lower - 'a') : 1 << 26;
  }

  private static String lowerAscii(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Chars.lowerAscii(chars[i]);
    }
    return new String(chars);
  }
}
