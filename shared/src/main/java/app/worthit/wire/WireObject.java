package app.worthit.wire;

import app.worthit.json.JsonValue;
import java.util.List;

/**
 * A JSON object read as a wire record: typed member lookups where absent and null both mean
 * unknown, and any wrong type is a {@link WireException} naming the member's full path.
 */
final class WireObject {
  private final JsonValue.Obj obj;
  private final String path;

  private WireObject(JsonValue.Obj obj, String path) {
    this.obj = obj;
    this.path = path;
  }

  /** The value as an object at {@code path}, or an error saying it is not one. */
  static WireObject of(JsonValue value, String path) {
    if (value instanceof JsonValue.Obj o) {
      return new WireObject(o, path);
    }
    throw new WireException(path, value == null || value.isNull() ? "required" : "expected an object");
  }

  /** The full path of a member, for error messages. */
  String at(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** True when the member is absent or null, i.e. unknown. */
  boolean unknown(String name) {
    return obj.get(name).isNull();
  }

  JsonValue raw(String name) {
    return obj.get(name);
  }

  /** A string member, or null when unknown. */
  String string(String name) {
    JsonValue v = obj.get(name);
    if (v.isNull()) {
      return null;
    }
    if (v instanceof JsonValue.Str s) {
      return s.value();
    }
    throw new WireException(at(name), "expected a string");
  }

  /** A string member that must be present. */
  String requiredString(String name) {
    String s = string(name);
    if (s == null) {
      throw new WireException(at(name), "required");
    }
    return s;
  }

  /** A boolean member, or null when unknown. */
  Boolean bool(String name) {
    JsonValue v = obj.get(name);
    if (v.isNull()) {
      return null;
    }
    if (v instanceof JsonValue.Bool b) {
      return b.value();
    }
    throw new WireException(at(name), "expected true or false");
  }

  /** An integer member within [min, max], or null when unknown. */
  Integer integer(String name, int min, int max) {
    JsonValue v = obj.get(name);
    if (v.isNull()) {
      return null;
    }
    if (!(v instanceof JsonValue.Num n)) {
      throw new WireException(at(name), "expected an integer");
    }
    long value = integral(n, at(name));
    if (value < min || value > max) {
      throw new WireException(at(name), "out of range " + min + ".." + max + ": " + n.text());
    }
    return (int) value;
  }

  /** An integer member that must be present. */
  int requiredInteger(String name, int min, int max) {
    Integer i = integer(name, min, max);
    if (i == null) {
      throw new WireException(at(name), "required");
    }
    return i;
  }

  /** An array member's items, required. */
  List<JsonValue> requiredArray(String name) {
    JsonValue v = obj.get(name);
    if (v instanceof JsonValue.Arr a) {
      return a.items();
    }
    throw new WireException(at(name), v.isNull() ? "required" : "expected an array");
  }

  // Integral values written as 2.0 or 1e3 are accepted: some JSON writers emit them for integers.
  private static long integral(JsonValue.Num n, String at) {
    if (n.isIntegral()) {
      return Long.parseLong(n.text());
    }
    double d = n.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) {
      throw new WireException(at, "expected an integer");
    }
    // Beyond 2^53 the value is surely out of any field's range; clamp so the range check says so.
    if (Math.abs(d) > 9.0e15) {
      return d > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
    return (long) d;
  }
}
