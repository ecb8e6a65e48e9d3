package app.worthit.extension.sync;

import app.worthit.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the popup shows about sync: the last success, the last error in words, the failures in a
 * row and when the next attempt is due, and how many changes wait to be pushed.
 */
public record SyncStatus(long lastSyncedAt, String error, int failures, long retryAt, int pending) {
  /** Before any attempt. */
  public static final SyncStatus NEVER = new SyncStatus(0, null, 0, 0, 0);

  /** The status after a successful sync at {@code now} that left {@code pending} changes queued. */
  public SyncStatus succeeded(long now, int pendingLeft) {
    return new SyncStatus(now, null, 0, 0, pendingLeft);
  }

  /** The status after one more failure, with the next attempt at {@code retryAt}. */
  public SyncStatus failed(String words, long retryAtMillis, int pendingLeft) {
    return new SyncStatus(lastSyncedAt, words, failures + 1, retryAtMillis, pendingLeft);
  }

  /** The stored form. */
  public JsonValue.Obj toJson() {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("lastSyncedAt", JsonValue.Num.of(lastSyncedAt));
    m.put("error", error == null ? JsonValue.Null.INSTANCE : new JsonValue.Str(error));
    m.put("failures", JsonValue.Num.of(failures));
    m.put("retryAt", JsonValue.Num.of(retryAt));
    m.put("pending", JsonValue.Num.of(pending));
    return new JsonValue.Obj(m);
  }

  /** The stored status, or {@link #NEVER}. */
  public static SyncStatus fromJson(JsonValue json) {
    JsonValue.Obj o = json == null ? null : json.asObj();
    if (o == null) {
      return NEVER;
    }
    return new SyncStatus(number(o, "lastSyncedAt"), o.get("error").asString(), (int) number(o, "failures"),
        number(o, "retryAt"), (int) number(o, "pending"));
  }

  private static long number(JsonValue.Obj o, String name) {
    return o.get(name) instanceof JsonValue.Num n ? n.longValue() : 0;
  }
}
