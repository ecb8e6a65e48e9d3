package app.worthit.extract;

import java.util.regex.Pattern;

/** Turns page text into clean plain strings, the same way on the JVM and in the browser. */
final class PlainText {
  /** Longest title or name kept; anything longer is not a real title. */
  static final int MAX_LINE = 500;
  /** Longest description kept: more than any real listing, small enough to score fast. */
  static final int MAX_BLOCK = 100_000;

  private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
  private static final Pattern BLOCK_TAG =
      Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/h[1-6])[^>]{0,200}>");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\r\\n\\f]+");
  private static final Pattern LINE_SPACES = Pattern.compile("[ \\t\\u00a0\\f]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00a0\\r\\f]*(\\n[ \\t\\u00a0\\r\\f]*)+");

  private PlainText() {}

  /** One line of text: entities decoded, white space collapsed; null when nothing is left. */
  static String line(String s) {
    if (s == null) {
      return null;
    }
    String t = SPACES.matcher(entities(s)).replaceAll(" ").trim();
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
      t = TAG.matcher(BLOCK_TAG.matcher(t).replaceAll("\n")).replaceAll("");
      t = entities(t);
    }
    t = t.replace("\r\n", "\n");
    t = LINE_SPACES.matcher(t).replaceAll(" ");
    t = BLANK_LINES.matcher(t).replaceAll("\n\n").trim();
    if (t.length() > MAX_BLOCK) {
      t = t.substring(0, MAX_BLOCK);
    }
    return t.isEmpty() ? null : t;
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
