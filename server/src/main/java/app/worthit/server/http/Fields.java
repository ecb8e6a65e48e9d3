package app.worthit.server.http;

import app.worthit.json.JsonValue;

/** Reads and bounds the simple fields of request bodies. */
final class Fields {
  /** Longest device name accepted. */
  static final int MAX_DEVICE_NAME = 64;

  private Fields() {}

  /** An optional string field, at most {@code max} characters; {@code fallback} when absent. */
  static String optionalString(JsonValue.Obj body, String name, int max, String fallback) {
    JsonValue v = body.get(name);
    if (v.isNull()) {
      return fallback;
    }
    String s = v.asString();
    if (s == null) {
      throw Problem.invalid(name + " must be a string");
    }
    if (s.isBlank() || s.length() > max) {
      throw Problem.invalid(name + " must be 1 to " + max + " characters");
    }
    return s;
  }

  /** A required string field, at most {@code max} characters. */
  static String requiredString(JsonValue.Obj body, String name, int max) {
    String s = optionalString(body, name, max, null);
    if (s == null) {
      throw Problem.invalid(name + " is required");
    }
    return s;
  }
}
