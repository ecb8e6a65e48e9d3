package app.worthit.json;

import java.util.List;
import java.util.Map;

/** An immutable JSON value: the one tree both the wire format and page extraction read. */
public sealed interface JsonValue
    permits JsonValue.Obj, JsonValue.Arr, JsonValue.Str, JsonValue.Num, JsonValue.Bool, JsonValue.Null {

  /** An object whose members keep their order of appearance. */
  record Obj(Map<String, JsonValue> members) implements JsonValue {
    public Obj {
      members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
    }

    /** The member, or {@link Null#INSTANCE} when absent. */
    public JsonValue get(String name) {
      JsonValue v = members.get(name);
      return v == null ? Null.INSTANCE : v;
    }

    public boolean has(String name) {
      return members.containsKey(name);
    }
  }

  record Arr(List<JsonValue> items) implements JsonValue {
    public Arr {
      items = List.copyOf(items);
    }
  }

  record Str(String value) implements JsonValue {
    public Str {
      java.util.Objects.requireNonNull(value);
    }
  }

  /** A number kept as its JSON text, so large or fractional values survive unchanged. */
  record Num(String text) implements JsonValue {
    public static Num of(long value) {
      return new Num(Long.toString(value));
    }

    public double doubleValue() {
      return Double.parseDouble(text);
    }

    /** True when the text is an integer that fits in a long. */
    public boolean isIntegral() {
      if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
        return false;
      }
      return text.length() <= 18;
    }

    public long longValue() {
      return isIntegral() ? Long.parseLong(text) : (long) doubleValue();
    }
  }

  record Bool(boolean value) implements JsonValue {
    public static final Bool TRUE = new Bool(true);
    public static final Bool FALSE = new Bool(false);

    public static Bool of(boolean value) {
      return value ? TRUE : FALSE;
    }
  }

  /** JSON null, also returned for absent members so lookups can be chained. */
  record Null() implements JsonValue {
    public static final Null INSTANCE = new Null();
  }

  /** This value as an object, or null if it is not one. */
  default Obj asObj() {
    return this instanceof Obj o ? o : null;
  }

  /** This value as an array, or null if it is not one. */
  default Arr asArr() {
    return this instanceof Arr a ? a : null;
  }

  /** The string value, or null if this is not a string. */
  default String asString() {
    return this instanceof Str s ? s.value() : null;
  }

  default boolean isNull() {
    return this instanceof Null;
  }

  /** Follows object members by name; any missing step yields {@link Null#INSTANCE}. */
  default JsonValue path(String... names) {
    JsonValue current = this;
    for (String name : names) {
      if (!(current instanceof Obj o)) {
        return Null.INSTANCE;
      }
      current = o.get(name);
    }
    return current;
  }
}
