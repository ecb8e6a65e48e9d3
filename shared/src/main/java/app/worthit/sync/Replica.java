package app.worthit.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A device's copy of its user's records: the merged state, the local changes not yet acknowledged,
 * the pull cursor and the clock. Immutable: each operation returns the next replica.
 */
public record Replica(String deviceId, TreeMap<RecordId, Change> state, LinkedHashMap<RecordId, Change> pending,
    String cursor, Hlc clock) {

  public Replica {
    state = new TreeMap<>(state);
    pending = new LinkedHashMap<>(pending);
  }

  /** A fresh replica for a device that has never synced. */
  public static Replica empty(String deviceId) {
    return new Replica(deviceId, new TreeMap<>(), new LinkedHashMap<>(), null, null);
  }

  /** The replica after a local edit at wall time {@code now}: merged at once, queued for push. */
  public Replica edit(RecordKind kind, String key, app.worthit.json.JsonValue value, boolean deleted, long now) {
    Hlc hlc = Hlc.send(clock, now, deviceId);
    Change change = new Change(kind, key, value, hlc, deleted);
    LinkedHashMap<RecordId, Change> queue = new LinkedHashMap<>(pending);
    queue.remove(change.id());
    queue.put(change.id(), change);
    return new Replica(deviceId, Merge.apply(state, List.of(change)), queue, cursor, hlc);
  }

  /** The next request to send: the cursor and up to one batch of pending changes. */
  public SyncRequest request() {
    List<Change> batch = new ArrayList<>();
    for (Change c : pending.values()) {
      if (batch.size() == SyncRequest.MAX_CHANGES) {
        break;
      }
      batch.add(c);
    }
    return new SyncRequest(cursor, batch);
  }

  /** The replica after the server answered {@code sent} with {@code response} at wall time {@code now}. */
  public Replica acknowledge(SyncRequest sent, SyncResponse response, long now) {
    LinkedHashMap<RecordId, Change> queue = new LinkedHashMap<>(pending);
    for (Change c : sent.changes()) {
      Change queued = queue.get(c.id());
      // A newer local edit made while the request was in flight stays queued.
      if (queued != null && queued.hlc().equals(c.hlc())) {
        queue.remove(c.id());
      }
    }
    Hlc next = clock;
    for (Change c : response.changes()) {
      next = Hlc.receive(next, c.hlc(), now, deviceId);
    }
    return new Replica(deviceId, Merge.apply(state, response.changes()), queue, response.cursor(), next);
  }

  /** True while local changes wait for a push. */
  public boolean hasPending() {
    return !pending.isEmpty();
  }

  /** The merged state as a plain map, for comparison. */
  public Map<RecordId, Change> records() {
    return java.util.Collections.unmodifiableMap(state);
  }
}
