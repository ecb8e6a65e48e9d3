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
    StringBuilder word = new StringBuilder();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isLinkStart(text, i)) {
        flush(word, out);
        i = skipLink(text, i);
        continue;
      }
      if (c < 128 && Character.isLetterOrDigit(c)) {
        if (c == '1' && isOneToOne(text, i)) {
          flush(word, out);
          out.add("one");
          out.add("on");
          out.add("one");
          i += 3;
          continue;
        }
        word.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        i++;
        continue;
      }
      switch (c) {
        case '\'', '\u2019', '\u2018', '\u02bc', '`' -> i++;
        case '<' -> {
          int end = tagEnd(text, i);
          flush(word, out);
          i = end < 0 ? i + 1 : end + 1;
        }
        case '&' -> {
          int end = text.indexOf(';', i);
          if (end > i && end - i <= MAX_ENTITY) {
            String entity = text.substring(i + 1, end);
            if (!isApostrophe(entity)) {
              flush(word, out);
            }
            i = end + 1;
          } else {
            flush(word, out);
            i++;
          }
        }
        case '.' -> {
          flush(word, out);
          boolean inWord = i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
          if (!inWord) {
            stop(out, STOP);
          }
          i++;
        }
        case '!', '?', ';', ':', '\n', '\r', '|', '\u2022', '\u00b7', '\u2026' -> {
          flush(word, out);
          stop(out, STOP);
          i++;
        }
        case ',' -> {
          flush(word, out);
          stop(out, COMMA);
          i++;
        }
        default -> {
          String folded = c >= 128 ? AccentFold.fold(c) : null;
          if (folded != null) {
            word.append(folded);
          } else if (c >= 128 && Character.isLetter(c)) {
            word.append(Character.toLowerCase(c));
          } else {
            flush(word, out);
          }
          i++;
        }
      }
    }
    flush(word, out);
    stop(out, STOP);
  }

  /** True for the words that stand for a number in counting phrases. */
  public static boolean isNumber(String token) {
    if (token.isEmpty()) {
      return false;
    }
    boolean digits = true;
    for (int i = 0; i < token.length() && digits; i++) {
      char c = token.charAt(i);
      digits = c >= '0' && c <= '9';
    }
    return digits || NumberWords.contains(token);
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(word.toString());
      word.setLength(0);
    }
  }

  private static void stop(List<String> out, String mark) {
    if (out.isEmpty()) {
      return;
    }
    String last = out.get(out.size() - 1);
    if (STOP.equals(last)) {
      return;
    }
    if (COMMA.equals(last)) {
      out.set(out.size() - 1, mark);
      return;
    }
    out.add(mark);
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
    if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
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

  private static int tagEnd(String s, int i) {
    if (i + 1 >= s.length()) {
      return -1;
    }
    char next = s.charAt(i + 1);
    if (!(Character.isLetter(next) || next == '/' || next == '!')) {
      return -1;
    }
    int limit = Math.min(s.length(), i + MAX_TAG);
    for (int j = i + 1; j < limit; j++) {
      if (s.charAt(j) == '>') {
        return j;
      }
    }
    return -1;
  }

  private static boolean isApostrophe(String entity) {
    return entity.equals("#39") || entity.equals("#x27") || entity.equals("apos") || entity.equals("rsquo")
        || entity.equals("lsquo") || entity.equals("#8217");
  }
}
