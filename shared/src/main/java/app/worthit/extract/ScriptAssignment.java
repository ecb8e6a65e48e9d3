package app.worthit.extract;

/** Reads the JSON object literal assigned in a script, as in {@code window.__SERVER_DATA__ = {...};}. */
final class ScriptAssignment {
  private ScriptAssignment() {}

  /** The text of the object assigned to the name, or null when absent or unterminated. */
  static String objectText(String script, String name) {
    if (script == null) {
      return null;
    }
    int at = script.indexOf(name);
    while (at >= 0) {
      int i = at + name.length();
      while (i < script.length() && Character.isWhitespace(script.charAt(i))) {
        i++;
      }
      if (i < script.length() && script.charAt(i) == '=') {
        i++;
        while (i < script.length() && Character.isWhitespace(script.charAt(i))) {
          i++;
        }
        if (i < script.length() && script.charAt(i) == '{') {
          int end = matchingBrace(script, i);
          return end < 0 ? null : script.substring(i, end + 1);
        }
      }
      at = script.indexOf(name, at + name.length());
    }
    return null;
  }

  /** Index of the brace closing the one at start, skipping strings; -1 when it never closes. */
  private static int matchingBrace(String s, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }
}
