package app.worthit.extract;

import app.worthit.text.Chars;

/** Turns page text into clean plain strings, the same way on the JVM and in the browser. */
final class PlainText {
  /** Longest title or name kept; anything longer is not a real title. */
  static final int MAX_LINE = 500;
  /** Longest description kept: more than any real listing, small enough to score fast. */
  static final int MAX_BLOCK = 100_000;

  /** Longest tag dropped: a '<' with no '>' this close after it is text. */
  private static final int MAX_TAG = 2000;
  /** Longest rest of a block tag (its attributes) after its name. */
  private static final int MAX_BLOCK_TAG = 200;
  private static final String[] BLOCK_TAGS = {"br", "/p", "/div", "/li", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6"};

  private PlainText() {}

  /** One line of text: entities decoded, white space collapsed; null when nothing is left. */
  static String line(String s) {
    if (s == null) {
      return null;
    }
    String t = collapse(entities(s), true).trim();
    if (t.length() > MAX_LINE) {
      t = t.substring(0, MAX_LINE);
    }
    return t.isEmpty() ? null : t;
  }

  /** A description: HTML tags dropped (paragraphs kept as line breaks), Markdown left as it is. */
  static String block(String s) {
    if (s == null) {
      return null;
    }
    String t = s.length() > 2 * MAX_BLOCK ? s.substring(0, 2 * MAX_BLOCK) : s;
    if (t.indexOf('<') >= 0 && t.indexOf('>') >= 0) {
      t = dropTags(t);
      t = entities(t);
    }
    t = t.replace("\r\n", "\n");
    t = blankLines(collapse(t, false)).trim();
    if (t.length() > MAX_BLOCK) {
      t = t.substring(0, MAX_BLOCK);
    }
    return t.isEmpty() ? null : t;
  }

  // Hand-written scans, not regexes: TeaVM's regex port is a third of the content script and slow.

  /** Runs of spaces, tabs, no-break spaces and form feeds (and line breaks if lines) become one space. */
  private static String collapse(String s, boolean lines) {
    StringBuilder out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!isSpace(c, lines)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      int end = i + 1;
      while (end < n && isSpace(s.charAt(end), lines)) {
        end++;
      }
      if (out == null) {
        if (c == ' ' && end == i + 1) {
          continue;
        }
        out = new StringBuilder(n).append(s, 0, i);
      }
      out.append(' ');
      i = end - 1;
    }
    return out == null ? s : out.toString();
  }

  private static boolean isSpace(char c, boolean lines) {
    return c == ' ' || c == '\t' || c == '\u00a0' || c == '\f' || (lines && (c == '\r' || c == '\n'));
  }

  /** A line break, blank or space-only lines after it and the next break become one empty line. */
  private static String blankLines(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c != '\n') {
        out.append(c);
        i++;
        continue;
      }
      int j = skipLineSpace(s, i + 1);
      if (j < n && s.charAt(j) == '\n') {
        while (j < n && s.charAt(j) == '\n') {
          j = skipLineSpace(s, j + 1);
        }
        out.append("\n\n");
        i = j;
      } else {
        out.append('\n');
        i++;
      }
    }
    return out.toString();
  }

  private static int skipLineSpace(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\u00a0'
        || s.charAt(i) == '\r' || s.charAt(i) == '\f')) {
      i++;
    }
    return i;
  }

  /** Block tags (br, closing p, div, li, h1-h6) become line breaks, then every tag is dropped. */
  private static String dropTags(String s) {
    return tags(tags(s, true), false);
  }

  // One pass of either replacement: a tag is '<', at most its limit of other characters but '>', then '>'.
  private static String tags(String s, boolean blocks) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    int nextGt = -1;
    while (i < n) {
      char c = s.charAt(i);
      if (c != '<') {
        out.append(c);
        i++;
        continue;
      }
      if (nextGt < i) {
        nextGt = s.indexOf('>', i);
        if (nextGt < 0) {
          nextGt = n;
        }
      }
      int end = blocks ? blockTagEnd(s, i, nextGt) : (nextGt < n && nextGt - i - 1 <= MAX_TAG ? nextGt : -1);
      if (end < 0) {
        out.append(c);
        i++;
      } else {
        if (blocks) {
          out.append('\n');
        }
        i = end + 1;
      }
    }
    return out.toString();
  }

  // The '>' ending a block tag opened at lt, or -1: '<', white space, the name (any case), then at
  // most MAX_BLOCK_TAG characters other than '>'.
  private static int blockTagEnd(String s, int lt, int gt) {
    if (gt >= s.length()) {
      return -1;
    }
    int i = lt + 1;
    while (i < gt && Chars.isRegexSpace(s.charAt(i))) {
      i++;
    }
    for (String name : BLOCK_TAGS) {
      if (i + name.length() <= gt && Chars.hasAt(s, i, name) && gt - (i + name.length()) <= MAX_BLOCK_TAG) {
        return gt;
      }
    }
    return -1;
  }

  /** Decodes the few HTML entities that appear in titles and JSON-LD. */
  static String entities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
