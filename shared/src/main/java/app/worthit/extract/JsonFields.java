package app.worthit.extract;

import app.worthit.json.JsonException;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;

/** Lenient reads of page JSON: a missing member or an unexpected type is simply unknown (null). */
final class JsonFields {
  /** Largest embedded JSON text parsed: several times a real page's state. */
  static final int MAX_CHARS = 12_000_000;
  /** Deepest nesting accepted; real page state stays far below it. */
  static final int MAX_DEPTH = 200;

  private JsonFields() {}

  /** The parsed text, or null when it is not JSON or breaks the limits. */
  static JsonValue parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return JsonParser.parse(text.trim(), MAX_DEPTH, MAX_CHARS);
    } catch (JsonException e) {
      return null;
    }
  }

  /** The string at the path, or null. */
  static String str(JsonValue v, String... path) {
    return v == null ? null : v.path(path).asString();
  }

  /** The whole number at the path (a JSON number or a numeric string), or null. */
  static Integer integer(JsonValue v, String... path) {
    if (v == null) {
      return null;
    }
    JsonValue x = v.path(path);
    if (x instanceof JsonValue.Num n) {
      double d = n.doubleValue();
      return d >= 0 && d <= Integer.MAX_VALUE && d == Math.floor(d) ? (int) d : null;
    }
    String s = x.asString();
    if (s == null || s.isEmpty() || s.length() > 9) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    return Integer.parseInt(s);
  }

  /** The boolean at the path, or null. */
  static Boolean bool(JsonValue v, String... path) {
    if (v == null) {
      return null;
    }
    return v.path(path) instanceof JsonValue.Bool b ? b.value() : null;
  }

  /** The object at the path, or null. */
  static JsonValue.Obj obj(JsonValue v, String... path) {
    return v == null ? null : v.path(path).asObj();
  }

  /** The items at the path: an array's items, a single object as one item, else none. */
  static java.util.List<JsonValue> items(JsonValue v, String... path) {
    if (v == null) {
      return java.util.List.of();
    }
    JsonValue x = v.path(path);
    if (x instanceof JsonValue.Arr a) {
      return a.items();
    }
    return x instanceof JsonValue.Obj ? java.util.List.of(x) : java.util.List.of();
  }
}
