package app.worthit.calendar;

/** Text values and content lines as RFC 5545 wants them: escaped, and folded at 75 octets. */
public final class IcsText {
  /** Longest content line in octets, not counting the CRLF. */
  public static final int MAX_OCTETS = 75;

  private IcsText() {}

  /** A TEXT value: backslash, semicolon and comma escaped, line breaks as "\n", other controls dropped. */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case ';' -> b.append("\\;");
        case ',' -> b.append("\\,");
        case '\n' -> b.append("\\n");
        case '\r' -> {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            b.append("\\n");
          }
        }
        case '\t' -> b.append(' ');
        default -> {
          if (c >= 0x20 && c != 0x7f) {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** The content line, CRLF-terminated, folded so that no line exceeds 75 octets of UTF-8. */
  public static void appendLine(String line, StringBuilder out) {
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (octets + size > MAX_OCTETS) {
        out.append("\r\n ");
        octets = 1; // the continuation line's leading space counts
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
