package app.worthit.server.page;

/**
 * Turns a prettier-formatted JavaScript object literal (unquoted keys, single-quoted strings) into
 * JSON text, enough for the saved Eventbrite search results in a .ts file. Test code only.
 */
final class JsObjectLiteral {
  private JsObjectLiteral() {}

  static String toJson(String js) {
    StringBuilder out = new StringBuilder(js.length() + js.length() / 8);
    int i = 0;
    while (i < js.length()) {
      char c = js.charAt(i);
      if (c == '\'' || c == '"') {
        i = string(js, i, out);
      } else if (Character.isJavaIdentifierStart(c)) {
        int end = i;
        while (end < js.length() && Character.isJavaIdentifierPart(js.charAt(end))) {
          end++;
        }
        String word = js.substring(i, end);
        int next = end;
        while (next < js.length() && Character.isWhitespace(js.charAt(next))) {
          next++;
        }
        boolean isKey = next < js.length() && js.charAt(next) == ':';
        out.append(isKey ? "\"" + word + "\"" : word);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Copies one JS string literal starting at i as a JSON string; returns the index after it. */
  private static int string(String js, int i, StringBuilder out) {
    char quote = js.charAt(i);
    out.append('"');
    i++;
    while (js.charAt(i) != quote) {
      char c = js.charAt(i);
      if (c == '\\') {
        char n = js.charAt(i + 1);
        if (n == '\'') {
          out.append('\'');
        } else {
          out.append(c).append(n);
        }
        i += 2;
      } else {
        out.append(c == '"' ? "\\\"" : String.valueOf(c));
        i++;
      }
    }
    out.append('"');
    return i + 1;
  }
}
