package app.worthit.sync;

import app.worthit.json.JsonException;
import app.worthit.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON mapping of the sync wire format; shape errors are {@link JsonException}s naming the field. */
public final class SyncJson {
  private SyncJson() {}

  /** A change as {@code {"kind","key","value","hlc","deleted"}}. */
  public static JsonValue.Obj toJson(Change c) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("kind", new JsonValue.Str(c.kind().wireName()));
    m.put("key", new JsonValue.Str(c.key()));
    m.put("value", c.value());
    m.put("hlc", new JsonValue.Str(c.hlc().toString()));
    m.put("deleted", JsonValue.Bool.of(c.deleted()));
    return new JsonValue.Obj(m);
  }

  /** Reads a change; {@code deleted} may be absent (false), {@code value} must fit the kind. */
  public static Change change(JsonValue json) {
    JsonValue.Obj o = json.asObj();
    if (o == null) {
      throw new JsonException("a change must be an object");
    }
    String kind = o.get("kind").asString();
    String key = o.get("key").asString();
    String hlc = o.get("hlc").asString();
    if (kind == null || key == null || hlc == null) {
      throw new JsonException("a change needs string kind, key and hlc");
    }
    JsonValue deleted = o.get("deleted");
    if (!deleted.isNull() && !(deleted instanceof JsonValue.Bool)) {
      throw new JsonException("deleted must be true or false");
    }
    boolean isDeleted = deleted instanceof JsonValue.Bool b && b.value();
    return new Change(RecordKind.of(kind), key, o.get("value"), Hlc.parse(hlc), isDeleted);
  }

  /** Reads {@code {"cursor": string|null, "changes": [...]}}; errors name the change's index. */
  public static SyncRequest request(JsonValue json) {
    JsonValue.Obj o = json.asObj();
    if (o == null) {
      throw new JsonException("the sync request must be an object");
    }
    JsonValue cursor = o.get("cursor");
    if (!cursor.isNull() && cursor.asString() == null) {
      throw new JsonException("cursor must be a string or null");
    }
    JsonValue list = o.get("changes");
    List<Change> changes = new ArrayList<>();
    if (!list.isNull()) {
      JsonValue.Arr arr = list.asArr();
      if (arr == null) {
        throw new JsonException("changes must be an array");
      }
      if (arr.items().size() > SyncRequest.MAX_CHANGES) {
        throw new JsonException("changes: " + arr.items().size() + " in one batch, at most " + SyncRequest.MAX_CHANGES);
      }
      for (int i = 0; i < arr.items().size(); i++) {
        try {
          changes.add(change(arr.items().get(i)));
        } catch (JsonException e) {
          throw new JsonException("changes[" + i + "]: " + e.getMessage());
        }
      }
    }
    return new SyncRequest(cursor.asString(), changes);
  }

  /** Writes a request the way {@link #request} reads it. */
  public static JsonValue.Obj toJson(SyncRequest r) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("cursor", r.cursor() == null ? JsonValue.Null.INSTANCE : new JsonValue.Str(r.cursor()));
    m.put("changes", changes(r.changes()));
    return new JsonValue.Obj(m);
  }

  /** Writes {@code {"cursor", "changes", "hasMore"}}. */
  public static JsonValue.Obj toJson(SyncResponse r) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("cursor", r.cursor() == null ? JsonValue.Null.INSTANCE : new JsonValue.Str(r.cursor()));
    m.put("changes", changes(r.changes()));
    m.put("hasMore", JsonValue.Bool.of(r.hasMore()));
    return new JsonValue.Obj(m);
  }

  /** Reads a response written by {@link #toJson(SyncResponse)}. */
  public static SyncResponse response(JsonValue json) {
    JsonValue.Obj o = json.asObj();
    if (o == null || o.get("changes").asArr() == null) {
      throw new JsonException("a sync response must be an object with a changes array");
    }
    List<Change> changes = new ArrayList<>();
    for (JsonValue item : o.get("changes").asArr().items()) {
      changes.add(change(item));
    }
    return new SyncResponse(o.get("cursor").asString(), changes, o.get("hasMore") instanceof JsonValue.Bool b && b.value());
  }

  private static JsonValue.Arr changes(List<Change> changes) {
    List<JsonValue> items = new ArrayList<>(changes.size());
    for (Change c : changes) {
      items.add(toJson(c));
    }
    return new JsonValue.Arr(items);
  }
}
