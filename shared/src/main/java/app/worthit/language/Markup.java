package app.worthit.language;

/** The parts of a text that carry no language: links, HTML tags and entities, found by hand. */
final class Markup {
  private static final int MAX_TAG = 300;
  private static final int MAX_ENTITY = 10;
  private static final String[] BLOCK_TAGS = {"p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
      "h6", "tr", "td", "section", "article", "blockquote", "hr"};

  private Markup() {}

  /** True if a link ("http://", "https://", "www.") starts at i, at the start of a word. */
  static boolean isLinkStart(char[] s, int i, int limit) {
    char c = s[i];
    if (c != 'h' && c != 'H' && c != 'w' && c != 'W') {
      return false;
    }
    return startsWith(s, i, limit, "http://") || startsWith(s, i, limit, "https://") || startsWith(s, i, limit, "www.");
  }

  /** Where the run of non-space characters at i ends: a link, an address or a domain. */
  static int chunkEnd(char[] s, int i, int limit) {
    while (i < limit) {
      char c = s[i];
      if (c <= ' ' || c == ')' || c == ']' || c == '>' || c == '<' || c == '"' || c == '\u00a0') {
        return i;
      }
      i++;
    }
    return limit;
  }

  /**
   * The index after the tag that starts at i, or i when no tag starts there; {@code gt} is the next
   * '>' at or after i (or limit), which the caller keeps so that stray '<' stay linear.
   */
  static int tagEnd(char[] s, int i, int limit, int gt) {
    if (i + 1 >= limit) {
      return i;
    }
    char next = s[i + 1];
    if (!(Character.isLetter(next) || next == '/' || next == '!')) {
      return i;
    }
    return gt < limit && gt - i <= MAX_TAG ? gt + 1 : i;
  }

  /** The index of the next '>' at or after from, or limit. */
  static int nextGt(char[] s, int from, int limit) {
    for (int k = from; k < limit; k++) {
      if (s[k] == '>') {
        return k;
      }
    }
    return limit;
  }

  /** True if the tag at i is one that ends a paragraph or a line ("<p>", "</li>", "<br/>"). */
  static boolean isBlockTag(char[] s, int i, int limit) {
    int from = i + 1 < limit && s[i + 1] == '/' ? i + 2 : i + 1;
    int end = from;
    while (end < limit && ((s[end] >= 'a' && s[end] <= 'z') || (s[end] >= 'A' && s[end] <= 'Z')
        || (s[end] >= '1' && s[end] <= '6'))) {
      end++;
    }
    for (String tag : BLOCK_TAGS) {
      if (end - from == tag.length() && startsWith(s, from, limit, tag)) {
        return true;
      }
    }
    return false;
  }

  /** The index after the entity ("&amp;", "&#39;") that starts at i, or i when none does. */
  static int entityEnd(char[] s, int i, int limit) {
    for (int k = i + 1; k < limit && k - i <= MAX_ENTITY; k++) {
      char c = s[k];
      if (c == ';') {
        return k > i + 1 ? k + 1 : i;
      }
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#')) {
        return i;
      }
    }
    return i;
  }

  /** True if s holds word at i, ASCII case ignored. */
  private static boolean startsWith(char[] s, int i, int limit, String word) {
    if (i + word.length() > limit) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = s[i + k];
      char l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      if (l != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
