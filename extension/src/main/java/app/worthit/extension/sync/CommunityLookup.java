package app.worthit.extension.sync;

import app.worthit.community.KeyPrefix;
import app.worthit.json.JsonException;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.rules.CommunityVotes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The content script's side of community counts: one message to the worker with the hash prefixes
 * of the page's event keys; the answer (every key under those prefixes) is narrowed to the page's keys here.
 */
public final class CommunityLookup {
  private CommunityLookup() {}

  /** Asks once for the keys' counts; {@code done} gets the votes of the keys that have any (maybe none). */
  public static void ask(Collection<String> keys, Consumer<Map<String, CommunityVotes>> done) {
    Set<String> wanted = new HashSet<>(keys);
    List<JsonValue> prefixes = new ArrayList<>();
    for (List<String> batch : KeyPrefix.batches(wanted)) {
      for (String p : batch) {
        prefixes.add(new JsonValue.Str(p));
      }
    }
    if (prefixes.isEmpty()) {
      return;
    }
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("worthit", new JsonValue.Str("community"));
    m.put("prefixes", new JsonValue.Arr(prefixes));
    WorkerMessage.send(JsonWriter.write(new JsonValue.Obj(m)), text -> done.accept(votes(text, wanted)));
  }

  /** The votes of the wanted keys in a worker's answer; anything malformed counts as none. */
  static Map<String, CommunityVotes> votes(String answer, Set<String> wanted) {
    Map<String, CommunityVotes> out = new HashMap<>();
    try {
      JsonValue.Arr list = JsonParser.parse(answer).path("aggregates").asArr();
      if (list == null) {
        return out;
      }
      for (JsonValue item : list.items()) {
        String key = item.path("key").asString();
        if (key != null && wanted.contains(key) && item.path("worthIt") instanceof JsonValue.Num w
            && item.path("notWorthIt") instanceof JsonValue.Num n && w.longValue() >= 0 && n.longValue() >= 0) {
          out.put(key, new CommunityVotes((int) w.longValue(), (int) n.longValue()));
        }
      }
    } catch (JsonException | IllegalArgumentException e) {
      return out;
    }
    return out;
  }
}
