package app.worthit.extension.personal;

import app.worthit.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One personal fact in the sync server's record shape: a kind, the subject key it is about (an
 * event key, or "me" for the profile), a JSON value and the time it was last changed.
 */
public record PersonalRecord(RecordKind kind, String key, JsonValue.Obj value, long updatedAt) {
  /** Storage keys of records start with this, so other items in storage are never mistaken. */
  public static final String STORAGE_PREFIX = "wi/";
  /** The subject key of the one profile record. */
  public static final String PROFILE_KEY = "me";

  public PersonalRecord {
    if (kind == null || key == null || key.isEmpty() || value == null) {
      throw new IllegalArgumentException("a record needs a kind, a key and a value");
    }
  }

  /** Where the record lives in chrome.storage.local. */
  public String storageKey() {
    return STORAGE_PREFIX + kind.wire() + "/" + key;
  }

  /** A "worth-it" or "not-worth-it" vote on an event. */
  public static PersonalRecord rating(String eventKey, Vote vote, long now) {
    return new PersonalRecord(RecordKind.RATING, eventKey, obj("vote", new JsonValue.Str(vote.wire())), now);
  }

  /** The user went to an event of the given group. */
  public static PersonalRecord attended(String eventKey, String groupKey, long now) {
    return new PersonalRecord(RecordKind.ATTENDED, eventKey, obj("groupKey", new JsonValue.Str(groupKey)), now);
  }

  /** A private note on an event. */
  public static PersonalRecord note(String eventKey, String text, long now) {
    return new PersonalRecord(RecordKind.NOTE, eventKey, obj("text", new JsonValue.Str(text)), now);
  }

  /** The user's target job title and industry; blank fields are stored as unknown. */
  public static PersonalRecord profile(String targetTitle, String industry, long now) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("targetTitle", orNull(targetTitle));
    m.put("industry", orNull(industry));
    return new PersonalRecord(RecordKind.PROFILE, PROFILE_KEY, new JsonValue.Obj(m), now);
  }

  /** The record as JSON: {"kind","key","value","updatedAt"}. */
  public JsonValue.Obj toJson() {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("kind", new JsonValue.Str(kind.wire()));
    m.put("key", new JsonValue.Str(key));
    m.put("value", value);
    m.put("updatedAt", JsonValue.Num.of(updatedAt));
    return new JsonValue.Obj(m);
  }

  /** A record read back from JSON; throws IllegalArgumentException on a malformed one. */
  public static PersonalRecord fromJson(JsonValue json) {
    JsonValue.Obj o = json.asObj();
    if (o == null) {
      throw new IllegalArgumentException("a record must be an object");
    }
    RecordKind kind = RecordKind.fromWire(o.get("kind").asString());
    if (kind == null) {
      throw new IllegalArgumentException("unknown record kind: " + o.get("kind"));
    }
    JsonValue.Obj value = o.get("value").asObj();
    long updatedAt = o.get("updatedAt") instanceof JsonValue.Num n ? n.longValue() : 0L;
    return new PersonalRecord(kind, o.get("key").asString(), value, updatedAt);
  }

  /** A string member of the value, or null when absent or blank. */
  public String text(String member) {
    String s = value.get(member).asString();
    return s == null || s.trim().isEmpty() ? null : s;
  }

  private static JsonValue.Obj obj(String name, JsonValue v) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put(name, v);
    return new JsonValue.Obj(m);
  }

  private static JsonValue orNull(String s) {
    return s == null || s.trim().isEmpty() ? JsonValue.Null.INSTANCE : new JsonValue.Str(s.trim());
  }
}
