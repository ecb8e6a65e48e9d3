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
 * The community counts and applied corrections per key-hash prefix, fetched from the server in
 * batches of prefixes and kept briefly in the worker, so pages opened one after another cost no
 * more requests, while an applied or reverted correction shows on a reload within {@link #TTL_MILLIS}.
 */
final class CommunityCache {
  /** How long a fetched prefix is reused: corrections and their reverts must show soon. */
  static final long TTL_MILLIS = 30_000;

  private final Map<String, List<JsonValue>> byPrefix = new HashMap<>();
  private final Map<String, List<JsonValue>> correctionsByPrefix = new HashMap<>();
  private final Map<String, Long> fetchedAt = new HashMap<>();

  /** What the cache holds for some prefixes: the aggregates and the applied corrections. */
  record Found(List<JsonValue> aggregates, List<JsonValue> corrections) {}

  /** Forgets everything (after this browser's own ratings or corrections changed the answer). */
  void clear() {
    byPrefix.clear();
    correctionsByPrefix.clear();
    fetchedAt.clear();
  }

  /** The aggregates and corrections under the prefixes, fetching the ones not cached; failed fetches give what is known. */
  JSPromise<Found> lookup(String server, List<String> prefixes) {
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
      List<JsonValue> aggregates = new ArrayList<>();
      List<JsonValue> corrections = new ArrayList<>();
      for (String p : prefixes) {
        aggregates.addAll(byPrefix.getOrDefault(p, List.of()));
        corrections.addAll(correctionsByPrefix.getOrDefault(p, List.of()));
      }
      return new Found(aggregates, corrections);
    });
  }

  private void store(List<String> batch, ApiAnswer answer, long now) {
    JsonValue json = answer.json();
    JsonValue.Arr list = answer.ok() && json != null ? json.path("aggregates").asArr() : null;
    if (list == null) {
      return;
    }
    Map<String, List<JsonValue>> found = bucketed(batch, list);
    JsonValue.Arr corrections = json.path("corrections").asArr();
    Map<String, List<JsonValue>> fixes = bucketed(batch, corrections != null ? corrections : new JsonValue.Arr(List.of()));
    for (String p : batch) {
      byPrefix.put(p, found.get(p));
      correctionsByPrefix.put(p, fixes.get(p));
      fetchedAt.put(p, now);
    }
  }

  /** The items under each prefix of the batch, by the prefix of their key, in the answer's order. */
  private static Map<String, List<JsonValue>> bucketed(List<String> batch, JsonValue.Arr list) {
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
    return found;
  }
}
