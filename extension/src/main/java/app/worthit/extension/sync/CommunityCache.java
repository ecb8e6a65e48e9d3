package app.worthit.extension.sync;

import app.worthit.community.KeyPrefix;
import app.worthit.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.core.JSPromise;

/**
 * The community counts per key-hash prefix, fetched from the server in batches of prefixes and
 * kept for a few minutes in the worker, so pages opened one after another cost no more requests.
 */
final class CommunityCache {
  /** How long fetched counts are reused. */
  static final long TTL_MILLIS = 5 * 60_000;

  private final Map<String, List<JsonValue>> byPrefix = new HashMap<>();
  private final Map<String, Long> fetchedAt = new HashMap<>();

  /** Forgets everything (after this browser's own ratings changed the counts). */
  void clear() {
    byPrefix.clear();
    fetchedAt.clear();
  }

  /** The aggregates under the prefixes, fetching the ones not cached; failed fetches give what is known. */
  JSPromise<List<JsonValue>> lookup(String server, List<String> prefixes) {
    long now = System.currentTimeMillis();
    List<String> missing = new ArrayList<>();
    for (String p : prefixes) {
      Long at = fetchedAt.get(p);
      if (at == null || now - at > TTL_MILLIS) {
        missing.add(p);
      }
    }
    JSPromise<Object> done = JSPromise.resolve(null);
    ServerApi api = new ServerApi(server, null);
    for (int from = 0; from < missing.size(); from += KeyPrefix.MAX_PER_REQUEST) {
      List<String> batch = missing.subList(from, Math.min(missing.size(), from + KeyPrefix.MAX_PER_REQUEST));
      done = done.flatThen(x -> api.community(batch)).then(answer -> {
        store(batch, answer, now);
        return null;
      });
    }
    return done.then(x -> {
      List<JsonValue> out = new ArrayList<>();
      for (String p : prefixes) {
        out.addAll(byPrefix.getOrDefault(p, List.of()));
      }
      return out;
    });
  }

  private void store(List<String> batch, ApiAnswer answer, long now) {
    JsonValue json = answer.json();
    JsonValue.Arr list = answer.ok() && json != null ? json.path("aggregates").asArr() : null;
    if (list == null) {
      return;
    }
    Map<String, List<JsonValue>> found = new LinkedHashMap<>();
    for (String p : batch) {
      found.put(p, new ArrayList<>());
    }
    for (JsonValue item : list.items()) {
      String key = item.path("key").asString();
      List<JsonValue> bucket = key == null ? null : found.get(KeyPrefix.of(key));
      if (bucket != null) {
        bucket.add(item);
      }
    }
    for (Map.Entry<String, List<JsonValue>> e : found.entrySet()) {
      byPrefix.put(e.getKey(), e.getValue());
      fetchedAt.put(e.getKey(), now);
    }
  }
}
