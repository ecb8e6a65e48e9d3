package app.worthit.text;

/**
 * Character tests as java.util.regex applies them, for the hand-written scans that replaced regexes
 * (TeaVM's regex port is a third of the content script and slow in JavaScript).
 */
public final class Chars {
  private Chars() {}

  /** A word character as Java 17's {@code \b} sees it: a letter, a digit or '_'. */
  public static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    return Character.isLetterOrDigit(c);
  }

  /** A regex {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /** The character lower-cased if it is an ASCII capital, as a regex's (?i) does. */
  public static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** True if text holds lower (lower case) at index at, ASCII case ignored as with (?i). */
  public static boolean hasAt(String text, int at, String lower) {
    if (at < 0 || at + lower.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if (lowerAscii(text.charAt(at + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** As {@link #hasAt}, and no word character follows it (a regex {@code word\b}). */
  public static boolean hasWordAt(String text, int at, String lower) {
    int end = at + lower.length();
    return hasAt(text, at, lower) && (end == text.length() || !isWordChar(text.charAt(end)));
  }
}
