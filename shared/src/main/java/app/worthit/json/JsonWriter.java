package app.worthit.json;

import java.util.Map;

/** Writes a {@link JsonValue} as compact JSON text, escaping so the result is safe in any context. */
public final class JsonWriter {
  private JsonWriter() {}

  /** The value as JSON text. */
  public static String write(JsonValue value) {
    Out out = new Out();
    write(value, out);
    return out.toString();
  }

  /** Appends the value as JSON text. */
  public static void write(JsonValue value, StringBuilder out) {
    out.append(write(value));
  }

  /** Appends a JSON string literal; '<', '>' and '&' are escaped too so output can sit in HTML. */
  public static void quote(String s, StringBuilder out) {
    Out o = new Out();
    quote(s, o);
    out.append(o.chars, 0, o.length);
  }

  private static void write(JsonValue value, Out out) {
    if (value instanceof JsonValue.Obj o) {
      out.put('{');
      boolean first = true;
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        if (!first) {
          out.put(',');
        }
        first = false;
        quote(e.getKey(), out);
        out.put(':');
        write(e.getValue(), out);
      }
      out.put('}');
    } else if (value instanceof JsonValue.Arr a) {
      out.put('[');
      for (int i = 0; i < a.items().size(); i++) {
        if (i > 0) {
          out.put(',');
        }
        write(a.items().get(i), out);
      }
      out.put(']');
    } else if (value instanceof JsonValue.Str s) {
      quote(s.value(), out);
    } else if (value instanceof JsonValue.Num n) {
      out.put(n.text());
    } else if (value instanceof JsonValue.Bool b) {
      out.put(b.value() ? "true" : "false");
    } else {
      out.put("null");
    }
  }

  private static void quote(String s, Out out) {
    out.put('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
        escape(c, out);
      } else {
        out.put(c);
      }
    }
    out.put('"');
  }

  private static void escape(char c, Out out) {
    switch (c) {
      case '"' -> out.put("\\\"");
      case '\\' -> out.put("\\\\");
      case '\n' -> out.put("\\n");
      case '\r' -> out.put("\\r");
      case '\t' -> out.put("\\t");
      default -> {
        out.put("\\u");
        String hex = Integer.toHexString(c);
        for (int k = hex.length(); k < 4; k++) {
          out.put('0');
        }
        out.put(hex);
      }
    }
  }

  /**
   * A growing char array: appending a char is a store, where StringBuilder's append also handles
   * its compact Latin-1 form, which makes every call site several times larger to compile.
   */
  private static final class Out {
    char[] chars = new char[256];
    int length;

    void put(char c) {
      if (length == chars.length) {
        grow(1);
      }
      chars[length++] = c;
    }

    void put(String s) {
      int n = s.length();
      if (length + n > chars.length) {
        grow(n);
      }
      s.getChars(0, n, chars, length);
      length += n;
    }

    private void grow(int more) {
      char[] bigger = new char[Math.max(chars.length * 2, length + more)];
      System.arraycopy(chars, 0, bigger, 0, length);
      chars = bigger;
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }
}
