package app.worthit.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 parser with limits on size and nesting, so hostile input is refused with a
 * {@link JsonException} instead of exhausting memory or the stack. No reflection: TeaVM-safe.
 */
public final class JsonParser {
  /** Nesting limit: far deeper than any real page state, far shallower than a stack overflow. */
  public static final int DEFAULT_MAX_DEPTH = 256;

  private final String text;
  // One bulk copy, then plain array reads: smaller and faster compiled code than String.charAt's
  // checks of the string's internal encoding at every character.
  private final char[] chars;
  private final int n;
  private final int maxDepth;
  private int pos;
  private StringBuilder unescaped;

  private JsonParser(String text, int maxDepth) {
    this.text = text;
    this.chars = text.toCharArray();
    this.n = chars.length;
    this.maxDepth = maxDepth;
  }

  /** Parses one JSON value filling the whole text (surrounding white space allowed). */
  public static JsonValue parse(String text) {
    return parse(text, DEFAULT_MAX_DEPTH, Integer.MAX_VALUE);
  }

  /** Parses with explicit limits on nesting depth and on the text's length in chars. */
  public static JsonValue parse(String text, int maxDepth, int maxChars) {
    if (text == null) {
      throw new JsonException("no JSON text");
    }
    if (text.length() > maxChars) {
      throw new JsonException("JSON text too large: " + text.length() + " characters, limit " + maxChars);
    }
    JsonParser parser = new JsonParser(text, maxDepth);
    parser.skipSpace();
    JsonValue value = parser.value(0);
    parser.skipSpace();
    if (parser.pos < parser.n) {
      throw parser.error("unexpected text after the JSON value");
    }
    return value;
  }

  private JsonValue value(int depth) {
    if (pos >= n) {
      throw error("unexpected end of JSON");
    }
    char c = chars[pos];
    switch (c) {
      case '{':
        return object(depth + 1);
      case '[':
        return array(depth + 1);
      case '"':
        return new JsonValue.Str(string());
      case 't':
        literal("true");
        return JsonValue.Bool.TRUE;
      case 'f':
        literal("false");
        return JsonValue.Bool.FALSE;
      case 'n':
        literal("null");
        return JsonValue.Null.INSTANCE;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private JsonValue object(int depth) {
    checkDepth(depth);
    pos++;
    Map<String, JsonValue> members = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return new JsonValue.Obj(members);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a member name in quotes");
      }
      String name = string();
      skipSpace();
      expect(':');
      skipSpace();
      members.put(name, value(depth));
      skipSpace();
      char c = next();
      if (c == '}') {
        return new JsonValue.Obj(members);
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or '}' in object");
      }
    }
  }

  private JsonValue array(int depth) {
    checkDepth(depth);
    pos++;
    List<JsonValue> items = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      return new JsonValue.Arr(items);
    }
    while (true) {
      skipSpace();
      items.add(value(depth));
      skipSpace();
      char c = next();
      if (c == ']') {
        return new JsonValue.Arr(items);
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or ']' in array");
      }
    }
  }

  private String string() {
    int open = pos;
    pos++;
    StringBuilder out = null;
    int start = pos;
    boolean surrogates = false;
    while (true) {
      if (pos >= n) {
        throw error("unterminated string");
      }
      char c = chars[pos];
      if (c == '"') {
        // A substring of the text, not a copy of the chars: no re-encoding (Latin-1 stays Latin-1),
        // and under TeaVM a native substring instead of building a string from a char array.
        String s = out == null ? text.substring(start, pos) : out.append(chars, start, pos - start).toString();
        if (surrogates && !pairedSurrogates(s)) {
          pos = open;
          throw error("unpaired surrogate in string");
        }
        pos++;
        return s;
      }
      if (c < 0x20) {
        throw error("control character in string");
      }
      if (c == '\\') {
        if (out == null) {
          out = unescaped();
        }
        out.append(chars, start, pos - start);
        pos++;
        char e = escape();
        surrogates |= Character.isSurrogate(e);
        out.append(e);
        start = pos;
      } else {
        surrogates |= c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
        pos++;
      }
    }
  }

  /**
   * True when every surrogate is half of a pair. A lone one has no Unicode meaning: encoders turn it
   * into '?', so "k\\ud800" would be stored as "k?" and collide with a real "k?".
   */
  private static boolean pairedSurrogates(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  // One builder for every string with escapes in this text, grown once rather than per string.
  private StringBuilder unescaped() {
    if (unescaped == null) {
      unescaped = new StringBuilder(256);
    }
    unescaped.setLength(0);
    return unescaped;
  }

  private char escape() {
    char c = next();
    switch (c) {
      case '"':
      case '\\':
      case '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        if (pos + 4 > n) {
          throw error("truncated \\u escape");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
          int d = Character.digit(chars[pos++], 16);
          if (d < 0) {
            throw error("bad hex digit in \\u escape");
          }
          code = code * 16 + d;
        }
        return (char) code;
      default:
        pos--;
        throw error("bad escape '\\" + c + "'");
    }
  }

  private JsonValue number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("bad number");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("bad number: digit expected after '.'");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("bad number: digit expected in exponent");
      }
      digits();
    }
    return new JsonValue.Num(new String(chars, start, pos - start));
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected word, expected " + word);
    }
    pos += word.length();
  }

  private void checkDepth(int depth) {
    if (depth > maxDepth) {
      throw error("JSON nested deeper than " + maxDepth + " levels");
    }
  }

  private void skipSpace() {
    while (pos < n) {
      char c = chars[pos];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }

  private char peek() {
    return pos < n ? chars[pos] : '\0';
  }

  private char next() {
    if (pos >= n) {
      throw error("unexpected end of JSON");
    }
    return chars[pos++];
  }

  private void expect(char c) {
    if (next() != c) {
      pos--;
      throw error("expected '" + c + "'");
    }
  }

  private JsonException error(String what) {
    return new JsonException(what + " at offset " + pos);
  }
}
