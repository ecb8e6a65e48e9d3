package app.worthit.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed set of phrases found as whole words, ASCII case ignored, in one pass over a text: what a
 * regex such as {@code (?i)\b(every week|once a week)\b} finds, without java.util.regex, whose
 * TeaVM port is a third of the extension's content script and slow in JavaScript.
 */
public final class WordPhrases {
  // Phrases in lower case by their first character (ASCII; the rest share slot 0).
  private final String[][] byFirst = new String[128][];

  /** Phrases as written; alternatives are expanded by the caller ({@link #expand}). */
  public WordPhrases(List<String> phrases) {
    List<List<String>> slots = new ArrayList<>();
    for (int s = 0; s < 128; s++) {
      slots.add(new ArrayList<>());
    }
    for (String p : phrases) {
      String lower = lowerAscii(p);
      slots.get(slot(lower.charAt(0))).add(lower);
    }
    for (int s = 0; s < 128; s++) {
      byFirst[s] = slots.get(s).toArray(new String[0]);
    }
  }

  /** True if one of the phrases occurs in text with no letter, digit or '_' right before or after it. */
  public boolean foundIn(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (i > 0 && Chars.isWordChar(text.charAt(i - 1))) {
        continue;
      }
      for (String p : byFirst[slot(Chars.lowerAscii(text.charAt(i)))]) {
        if (Chars.hasWordAt(text, i, p)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Every combination of the parts' alternatives, joined by spaces: {@code expand("every", "other|second",
   * "week")} gives "every other week" and "every second week".
   */
  public static List<String> expand(String... parts) {
    List<String> out = new ArrayList<>();
    out.add("");
    for (String part : parts) {
      List<String> next = new ArrayList<>();
      for (String head : out) {
        for (String alt : Split.on(part, '|')) {
          next.add(head.isEmpty() ? alt : head + " " + alt);
        }
      }
      out = next;
    }
    return out;
  }

  private static String lowerAscii(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Chars.lowerAscii(chars[i]);
    }
    return new String(chars);
  }

  private static int slot(char c) {
    return c < 128 ? c : 0;
  }
}
