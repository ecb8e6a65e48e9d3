package app.worthit.sync;

import app.worthit.json.JsonException;
import app.worthit.json.JsonValue;

/** The kinds of a user's synced records, each with the shape its value must have. */
public enum RecordKind {
  RATING("rating"),
  ATTENDED("attended"),
  NOTE("note"),
  PROFILE("profile");

  /** Longest note text accepted. */
  public static final int MAX_NOTE = 2000;
  /** Longest other string field accepted inside a value. */
  public static final int MAX_FIELD = 200;

  private final String wireName;

  RecordKind(String wireName) {
    this.wireName = wireName;
  }

  /** The name on the wire and in the database. */
  public String wireName() {
    return wireName;
  }

  /** The kind named {@code name}, or a {@link JsonException} listing the known kinds. */
  public static RecordKind of(String name) {
    for (RecordKind k : values()) {
      if (k.wireName.equals(name)) {
        return k;
      }
    }
    throw new JsonException("kind must be one of rating, attended, note, profile");
  }

  /** Throws a {@link JsonException} naming the problem unless {@code value} fits this kind. */
  public void validate(JsonValue value) {
    JsonValue.Obj obj = value.asObj();
    if (obj == null) {
      throw new JsonException("value of a " + wireName + " must be an object");
    }
    switch (this) {
      case RATING -> {
        String vote = obj.get("vote").asString();
        if (!Vote.WORTH_IT.equals(vote) && !Vote.NOT_WORTH_IT.equals(vote)) {
          throw new JsonException("rating vote must be \"worth-it\" or \"not-worth-it\"");
        }
      }
      case ATTENDED -> requireString(obj, "groupKey", MAX_FIELD, true);
      case NOTE -> requireString(obj, "text", MAX_NOTE, true);
      case PROFILE -> {
        requireString(obj, "targetTitle", MAX_FIELD, false);
        requireString(obj, "industry", MAX_FIELD, false);
        JsonValue times = obj.get("timesAttendedGroup");
        if (!times.isNull() && !(times instanceof JsonValue.Num n && n.isIntegral() && n.longValue() >= 0 && n.longValue() <= 100_000)) {
          throw new JsonException("profile timesAttendedGroup must be a whole number from 0 to 100000");
        }
      }
    }
  }

  private void requireString(JsonValue.Obj obj, String name, int max, boolean required) {
    JsonValue v = obj.get(name);
    if (v.isNull() && !required) {
      return;
    }
    String s = v.asString();
    if (s == null) {
      throw new JsonException(wireName + " " + name + " must be a string");
    }
    if (s.length() > max) {
      throw new JsonException(wireName + " " + name + " longer than " + max + " characters");
    }
  }
}
