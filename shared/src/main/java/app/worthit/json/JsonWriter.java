package app.worthit.json;

import java.util.Map;

/** Writes a {@link JsonValue} as compact JSON text, escaping so the result is safe in any context. */
public final class JsonWriter {
  private JsonWriter() {}

  public static String write(JsonValue value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  public static void write(JsonValue value, StringBuilder out) {
    if (value instanceof JsonValue.Obj o) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(e.getKey(), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof JsonValue.Arr a) {
      out.append('[');
      for (int i = 0; i < a.items().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(a.items().get(i), out);
      }
      out.append(']');
    } else if (value instanceof JsonValue.Str s) {
      quote(s.value(), out);
    } else if (value instanceof JsonValue.Num n) {
      out.append(n.text());
    } else if (value instanceof JsonValue.Bool b) {
      out.append(b.value() ? "true" : "false");
    } else {
      out.append("null");
    }
  }

  /** Appends a JSON string literal; '<', '>' and '&' are escaped too so output can sit in HTML. */
  public static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.append("\\u");
            String hex = Integer.toHexString(c);
            for (int k = hex.length(); k < 4; k++) {
              out.append('0');
            }
            out.append(hex);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
