package app.worthit.rules.text;

import java.util.List;

/**
 * Turns free text (plain, Markdown or stray HTML) into lowercase words, in one pass and without
 * regular expressions so a 100 KB description stays cheap: accents are folded, apostrophes dropped
 * ("you're" becomes "youre"), links, tags and emoji vanish, and clause ends become {@link #STOP}
 * and commas {@link #COMMA} so that no phrase matches across them.
 */
public final class Tokenizer {
  /** The token that ends a sentence or a field. */
  public static final String STOP = ".";
  /** The token a comma leaves behind. */
  public static final String COMMA = ",";

  private static final int MAX_TAG = 300;
  private static final int MAX_ENTITY = 10;

  private Tokenizer() {}

  /** Appends the tokens of text to out, then a STOP. */
  public static void tokenize(String text, List<String> out) {
    if (text == null) {
      return;
    }
    Tokens tokens = new Tokens(text.length() + 16);
    read(text, tokens);
    for (int i = 0; i < tokens.count; i++) {
      out.add(tokens.string(i));
    }
  }

  /** Appends the tokens of text (which may be null) to out, then a STOP. */
  static void read(String text, Tokens out) {
    if (text == null) {
      return;
    }
    Reading reading = new Reading(text);
    char[] chars = reading.chars;
    int n = chars.length;
    int i = 0;
    // The hot loop stays small (plain ASCII letters and spaces) so the JIT compiles it cheaply;
    // everything else is handled out of line by mark().
    while (i < n) {
      char c = chars[i];
      if (c >= 'a' && c <= 'z' && c != 'h' && c != 'w') {
        // A run of plain letters at once; 'h' and 'w' matter only where a word starts (links).
        out.append(c);
        i++;
        while (i < n && chars[i] >= 'a' && chars[i] <= 'z') {
          out.append(chars[i++]);
        }
      } else if (c == ' ') {
        out.flush();
        i++;
      } else {
        i = mark(reading, c, i, out);
      }
    }
    out.flush();
    out.mark(Tokens.STOP_CHAR);
  }

  /** Reads the character c at i that is not a plain lowercase letter or space; returns the next index. */
  private static int mark(Reading reading, char c, int i, Tokens out) {
    String text = reading.text;
    int n = reading.chars.length;
    boolean lower = c >= 'a' && c <= 'z';
    boolean upper = c >= 'A' && c <= 'Z';
    boolean digit = c >= '0' && c <= '9';
    if (lower || upper || digit) {
      if (out.open() == 0 && (c == 'h' || c == 'H' || c == 'w' || c == 'W') && isLinkStart(text, i)) {
        return skipLink(text, i);
      }
      if (c == '1' && out.open() == 0 && isOneToOne(text, i)) {
        out.word("one");
        out.word("on");
        out.word("one");
        return i + 3;
      }
      out.append(upper ? (char) (c + 32) : c);
      return i + 1;
    }
    switch (c) {
      case ' ', '\t', '-', '(', ')', '[', ']', '*', '_', '#', '/', '"', '>', '\\', '+', '=', '~' -> {
        out.flush();
        return i + 1;
      }
      case '\'', '\u2019', '\u2018', '\u02bc', '`' -> {
        return i + 1;
      }
      case '<' -> {
        if (reading.gt < i) {
          reading.gt = nextOrEnd(text, '>', i);
        }
        int end = isTagStart(text, i) && reading.gt < n && reading.gt - i <= MAX_TAG ? reading.gt : -1;
        out.flush();
        return end < 0 ? i + 1 : end + 1;
      }
      case '&' -> {
        if (reading.semi < i) {
          reading.semi = nextOrEnd(text, ';', i);
        }
        int end = reading.semi;
        if (end < n && end - i <= MAX_ENTITY) {
          if (!isApostrophe(text.substring(i + 1, end))) {
            out.flush();
          }
          return end + 1;
        }
        out.flush();
        return i + 1;
      }
      case '.' -> {
        out.flush();
        boolean inWord = i + 1 < n && isLetterOrDigit(reading.chars[i + 1]);
        if (!inWord) {
          out.mark(Tokens.STOP_CHAR);
        }
        return i + 1;
      }
      case '!', '?', ';', ':', '\n', '\r', '|', '\u2022', '\u00b7', '\u2026' -> {
        out.flush();
        out.mark(Tokens.STOP_CHAR);
        return i + 1;
      }
      case ',' -> {
        out.flush();
        out.mark(Tokens.COMMA_CHAR);
        return i + 1;
      }
      default -> {
        String folded = c >= 128 ? AccentFold.fold(c) : null;
        if (folded != null) {
          for (int k = 0; k < folded.length(); k++) {
            out.append(folded.charAt(k));
          }
        } else if (c >= 128 && Character.isLetter(c)) {
          out.append(Character.toLowerCase(c));
        } else {
          out.flush();
        }
        return i + 1;
      }
    }
  }

  /** True for the words that stand for a number in counting phrases. */
  public static boolean isNumber(String token) {
    if (token.isEmpty()) {
      return false;
    }
    char first = token.charAt(0);
    if (!(first >= '0' && first <= '9') && "otfsenhzd".indexOf(first) < 0) {
      return false;
    }
    boolean digits = true;
    for (int i = 0; i < token.length() && digits; i++) {
      char c = token.charAt(i);
      digits = c >= '0' && c <= '9';
    }
    return digits || NumberWords.contains(token);
  }

  /** The text being read, and how far ahead its next '>' and ';' are known. */
  private static final class Reading {
    final String text;
    // One bulk copy, then plain array reads: cheaper than charAt's bounds and coder checks per char.
    final char[] chars;
    // Next '>' and ';' at or after the reading position, moved forward only, so stray '<' and '&' stay linear.
    int gt = -1;
    int semi = -1;

    Reading(String text) {
      this.text = text;
      this.chars = text.toCharArray();
    }
  }

  /** Character.isLetterOrDigit with ASCII decided inline: TeaVM's version decodes Unicode tables. */
  private static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isOneToOne(String s, int i) {
    return i + 2 < s.length() && s.charAt(i + 1) == ':' && s.charAt(i + 2) == '1'
        && (i == 0 || !Character.isDigit(s.charAt(i - 1)))
        && (i + 3 >= s.length() || !Character.isDigit(s.charAt(i + 3)));
  }

  private static boolean isLinkStart(String s, int i) {
    char c = s.charAt(i);
    if (c != 'h' && c != 'H' && c != 'w' && c != 'W') {
      return false;
    }
    if (i > 0 && isLetterOrDigit(s.charAt(i - 1))) {
      return false;
    }
    // Most words starting with h or w are not links: one char decides before a case-blind compare.
    char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
    if (next != 't' && next != 'T' && next != 'w' && next != 'W') {
      return false;
    }
    return s.regionMatches(true, i, "http://", 0, 7) || s.regionMatches(true, i, "https://", 0, 8)
        || s.regionMatches(true, i, "www.", 0, 4);
  }

  private static int skipLink(String s, int i) {
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c <= ' ' || c == ')' || c == ']' || c == '>' || c == '"' || c == '<') {
        return i;
      }
      i++;
    }
    return n;
  }

  private static boolean isTagStart(String s, int i) {
    if (i + 1 >= s.length()) {
      return false;
    }
    char next = s.charAt(i + 1);
    return Character.isLetter(next) || next == '/' || next == '!';
  }

  private static int nextOrEnd(String s, char c, int from) {
    int at = s.indexOf(c, from);
    return at < 0 ? s.length() : at;
  }

  private static boolean isApostrophe(String entity) {
    return entity.equals("#39") || entity.equals("#x27") || entity.equals("apos") || entity.equals("rsquo")
        || entity.equals("lsquo") || entity.equals("#8217");
  }
}
