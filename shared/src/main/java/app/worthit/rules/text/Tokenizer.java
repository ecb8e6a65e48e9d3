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
    Word word = new Word(text);
    char[] chars = word.chars;
    int n = chars.length;
    int i = 0;
    // The hot loop stays small (plain ASCII letters, digits and spaces) so the JIT compiles it
    // cheaply; everything else is handled out of line by mark().
    while (i < n) {
      char c = chars[i];
      if (c >= 'a' && c <= 'z' && c != 'h' && c != 'w') {
        // A run of plain letters at once; 'h' and 'w' matter only where a word starts (links).
        int from = i++;
        while (i < n && chars[i] >= 'a' && chars[i] <= 'z') {
          i++;
        }
        word.appendAt(from, i);
      } else if (c == ' ') {
        word.flush(out);
        i++;
      } else {
        i = mark(word, c, i, out);
      }
    }
    word.flush(out);
    stop(out, STOP);
  }

  /** Reads the character c at i that is not a plain lowercase letter or space; returns the next index. */
  private static int mark(Word word, char c, int i, List<String> out) {
    String text = word.text;
    int n = word.chars.length;
    boolean lower = c >= 'a' && c <= 'z';
    boolean upper = c >= 'A' && c <= 'Z';
    boolean digit = c >= '0' && c <= '9';
    if (lower || upper || digit) {
      if (word.length == 0 && (c == 'h' || c == 'H' || c == 'w' || c == 'W') && isLinkStart(text, i)) {
        return skipLink(text, i);
      }
      if (c == '1' && word.length == 0 && isOneToOne(text, i)) {
        out.add("one");
        out.add("on");
        out.add("one");
        return i + 3;
      }
      if (upper) {
        word.append((char) (c + 32));
      } else {
        word.appendAt(i, i + 1);
      }
      return i + 1;
    }
    switch (c) {
      case ' ', '\t', '-', '(', ')', '[', ']', '*', '_', '#', '/', '"', '>', '\\', '+', '=', '~' -> {
        word.flush(out);
        return i + 1;
      }
      case '\'', '\u2019', '\u2018', '\u02bc', '`' -> {
        return i + 1;
      }
      case '<' -> {
        if (word.gt < i) {
          word.gt = nextOrEnd(text, '>', i);
        }
        int end = isTagStart(text, i) && word.gt < n && word.gt - i <= MAX_TAG ? word.gt : -1;
        word.flush(out);
        return end < 0 ? i + 1 : end + 1;
      }
      case '&' -> {
        if (word.semi < i) {
          word.semi = nextOrEnd(text, ';', i);
        }
        int end = word.semi;
        if (end < n && end - i <= MAX_ENTITY) {
          if (!isApostrophe(text.substring(i + 1, end))) {
            word.flush(out);
          }
          return end + 1;
        }
        word.flush(out);
        return i + 1;
      }
      case '.' -> {
        word.flush(out);
        boolean inWord = i + 1 < n && isLetterOrDigit(word.chars[i + 1]);
        if (!inWord) {
          stop(out, STOP);
        }
        return i + 1;
      }
      case '!', '?', ';', ':', '\n', '\r', '|', '\u2022', '\u00b7', '\u2026' -> {
        word.flush(out);
        stop(out, STOP);
        return i + 1;
      }
      case ',' -> {
        word.flush(out);
        stop(out, COMMA);
        return i + 1;
      }
      default -> {
        String folded = c >= 128 ? AccentFold.fold(c) : null;
        if (folded != null) {
          word.append(folded);
        } else if (c >= 128 && Character.isLetter(c)) {
          word.append(Character.toLowerCase(c));
        } else {
          word.flush(out);
        }
        return i + 1;
      }
    }
  }

  /**
   * True if the token is the clause mark STOP. Marks are compared by identity: only the tokenizer
   * adds them, always these very constants, and no word it makes can equal them (it splits on '.'
   * and ','), so this is exact and spares a string compare per token.
   */
  public static boolean isStop(String token) {
    return token == STOP;
  }

  /** True if the token is a clause mark (STOP or COMMA) rather than a word; see {@link #isStop}. */
  public static boolean isMark(String token) {
    return token == STOP || token == COMMA;
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

  /** The text being read and the word being read from it, in a reused buffer. */
  private static final class Word {
    final String text;
    // One bulk copy, then plain array reads: cheaper than charAt's bounds and coder checks per char.
    final char[] chars;
    // Next '>' and ';' at or after the reading position, moved forward only, so stray '<' and '&' stay linear.
    int gt = -1;
    int semi = -1;
    private char[] buffer = new char[32];
    private int length;
    // Most words are the text's own characters, unchanged and contiguous: such a word is only
    // where it starts (and length), and becomes a substring; any other goes through the buffer.
    private int start;
    private boolean asInText;

    Word(String text) {
      this.text = text;
      this.chars = text.toCharArray();
    }

    /** Appends the text's characters from..to, as they are. */
    void appendAt(int from, int to) {
      if (length == 0) {
        start = from;
        length = to - from;
        asInText = true;
      } else if (asInText && from == start + length) {
        length += to - from;
      } else {
        toBuffer();
        for (int i = from; i < to; i++) {
          put(chars[i]);
        }
      }
    }

    /** Appends a character that is not the text's own at this place (lowered, folded). */
    void append(char c) {
      toBuffer();
      put(c);
    }

    // The word so far into the buffer, from where it stands in the text if it is still there.
    private void toBuffer() {
      if (asInText) {
        asInText = false;
        int n = length;
        length = 0;
        for (int i = 0; i < n; i++) {
          put(chars[start + i]);
        }
      }
    }

    private void put(char c) {
      if (length == buffer.length) {
        char[] bigger = new char[length * 2];
        System.arraycopy(buffer, 0, bigger, 0, length);
        buffer = bigger;
      }
      buffer[length++] = c;
    }

    void append(String s) {
      for (int i = 0; i < s.length(); i++) {
        append(s.charAt(i));
      }
    }

    void flush(List<String> out) {
      if (length > 0) {
        out.add(asInText ? text.substring(start, start + length) : new String(buffer, 0, length));
        length = 0;
        asInText = false;
      }
    }
  }

  /** Character.isLetterOrDigit with ASCII decided inline: TeaVM's version decodes Unicode tables. */
  private static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  private static void stop(List<String> out, String mark) {
    if (out.isEmpty()) {
      return;
    }
    String last = out.get(out.size() - 1);
    if (isStop(last)) {
      return;
    }
    if (last == COMMA) {
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
