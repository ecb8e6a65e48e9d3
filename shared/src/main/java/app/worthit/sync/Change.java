package app.worthit.sync;

import app.worthit.json.JsonException;
import app.worthit.json.JsonValue;

/**
 * One record's state as of its {@code hlc}: a value, or a tombstone when {@code deleted}. Validates
 * on construction, so a Change in hand always has a legal key, clock and value for its kind.
 */
public record Change(RecordKind kind, String key, JsonValue value, Hlc hlc, boolean deleted) {
  /** Longest record key accepted (subject keys are far shorter). */
  public static final int MAX_KEY = 200;
  /** The only key a profile record may have. */
  public static final String PROFILE_KEY = "profile";

  public Change {
    if (kind == null || hlc == null) {
      throw new JsonException("change needs a kind and an hlc");
    }
    if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
      throw new JsonException("change key must be 1 to " + MAX_KEY + " characters");
    }
    if (kind == RecordKind.PROFILE && !PROFILE_KEY.equals(key)) {
      throw new JsonException("a profile change must have the key \"profile\"");
    }
    if (value == null) {
      value = JsonValue.Null.INSTANCE;
    }
    if (deleted) {
      value = JsonValue.Null.INSTANCE;
    } else {
      kind.validate(value);
    }
  }

  /** The record this change is about. */
  public RecordId id() {
    return new RecordId(kind, key);
  }
}
