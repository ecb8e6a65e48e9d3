package app.worthit.extension.sync;

import app.worthit.json.JsonValue;
import app.worthit.sync.Change;
import app.worthit.sync.Hlc;
import app.worthit.sync.RecordId;
import app.worthit.sync.Replica;
import app.worthit.sync.SyncJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The replica as stored in chrome.storage.local, so the queue and the cursor survive restarts. */
public final class ReplicaJson {
  private ReplicaJson() {}

  /** {@code {"deviceId","cursor","clock","state":[Change],"pending":[Change]}}. */
  public static JsonValue.Obj write(Replica r) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("deviceId", new JsonValue.Str(r.deviceId()));
    m.put("cursor", r.cursor() == null ? JsonValue.Null.INSTANCE : new JsonValue.Str(r.cursor()));
    m.put("clock", r.clock() == null ? JsonValue.Null.INSTANCE : new JsonValue.Str(r.clock().toString()));
    m.put("state", changes(r.state().values()));
    m.put("pending", changes(r.pending().values()));
    return new JsonValue.Obj(m);
  }

  /** The stored replica of that device, or a fresh one when none is stored or it belongs to another device. */
  public static Replica read(JsonValue json, String deviceId) {
    JsonValue.Obj o = json == null ? null : json.asObj();
    if (o == null || !deviceId.equals(o.get("deviceId").asString())) {
      return Replica.empty(deviceId);
    }
    TreeMap<RecordId, Change> state = new TreeMap<>();
    for (Change c : list(o.get("state"))) {
      state.put(c.id(), c);
    }
    LinkedHashMap<RecordId, Change> pending = new LinkedHashMap<>();
    for (Change c : list(o.get("pending"))) {
      pending.put(c.id(), c);
    }
    String clock = o.get("clock").asString();
    return new Replica(deviceId, state, pending, o.get("cursor").asString(), clock == null ? null : Hlc.parse(clock));
  }

  private static JsonValue.Arr changes(Iterable<Change> changes) {
    List<JsonValue> items = new ArrayList<>();
    for (Change c : changes) {
      items.add(SyncJson.toJson(c));
    }
    return new JsonValue.Arr(items);
  }

  private static List<Change> list(JsonValue json) {
    List<Change> out = new ArrayList<>();
    JsonValue.Arr arr = json.asArr();
    if (arr != null) {
      for (JsonValue item : arr.items()) {
        out.add(SyncJson.change(item));
      }
    }
    return out;
  }
}
