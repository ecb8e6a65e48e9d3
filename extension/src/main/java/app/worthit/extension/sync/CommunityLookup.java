package app.worthit.extension.sync;

import app.worthit.extension.personal.GroupKeys;
import app.worthit.json.JsonException;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.model.Correction;
import app.worthit.model.Listing;
import app.worthit.model.SubjectKeys;
import app.worthit.rules.CommunityVotes;
import app.worthit.wire.CorrectionJson;
import app.worthit.wire.WireException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The content script's side of the community answer: one message to the worker with the page's
 * event keys and their groups' keys (an event inherits its group's corrections); the worker asks the
 * server about their hash prefixes only, and the answer (every key under those prefixes) is
 * narrowed to the page's keys here.
 */
public final class CommunityLookup {
  private CommunityLookup() {}

  /** The votes of the page's keys that have any, and the applied corrections of its keys. */
  public record Answer(Map<String, CommunityVotes> votes, List<Correction> corrections) {}

  /**
   * Asks once about the subject keys (events and groups); {@code done} gets what is known (maybe
   * nothing). The worker turns the keys into hash prefixes, and only when sync is on: hashing a
   * page's thousands of keys here would hold up its badges.
   */
  public static void ask(Collection<String> keys, Consumer<Answer> done) {
    Set<String> wanted = new LinkedHashSet<>(keys);
    if (wanted.isEmpty()) {
      return;
    }
    List<JsonValue> items = new ArrayList<>();
    for (String k : wanted) {
      items.add(new JsonValue.Str(k));
    }
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("worthit", new JsonValue.Str("community"));
    m.put("keys", new JsonValue.Arr(items));
    WorkerMessage.send(JsonWriter.write(new JsonValue.Obj(m)), text -> done.accept(answer(text, wanted)));
  }

  /**
   * The keys to ask about: the listings' keys, their groups' keys where the page names the group
   * (Meetup event URLs), and the page's own group ({@code pageGroup}, may be null).
   */
  public static Set<String> subjects(Collection<Listing> listings, String pageGroup) {
    Set<String> out = new LinkedHashSet<>();
    for (Listing l : listings) {
      out.add(l.key());
      String group = GroupKeys.of(l);
      if (SubjectKeys.isGroup(group)) {
        out.add(group);
      }
    }
    if (SubjectKeys.isGroup(pageGroup)) {
      out.add(pageGroup);
    }
    return out;
  }

  /** The votes and corrections of the wanted keys in a worker's answer; anything malformed counts as none. */
  static Answer answer(String text, Set<String> wanted) {
    try {
      JsonValue json = JsonParser.parse(text);
      return new Answer(votes(json, wanted), corrections(json, wanted));
    } catch (JsonException | IllegalArgumentException e) {
      return new Answer(Map.of(), List.of());
    }
  }

  private static Map<String, CommunityVotes> votes(JsonValue json, Set<String> wanted) {
    Map<String, CommunityVotes> out = new HashMap<>();
    JsonValue.Arr list = json.path("aggregates").asArr();
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
    return out;
  }

  /** The corrections of wanted keys, in the answer's order; a malformed one is left out, not half applied. */
  private static List<Correction> corrections(JsonValue json, Set<String> wanted) {
    List<Correction> out = new ArrayList<>();
    JsonValue.Arr list = json.path("corrections").asArr();
    if (list == null) {
      return out;
    }
    for (JsonValue item : list.items()) {
      try {
        Correction c = CorrectionJson.fromJson(item, "correction");
        if (wanted.contains(c.key())) {
          out.add(c);
        }
      } catch (WireException | IllegalArgumentException e) {
        // Skipped: a correction the client cannot read must not change any verdict.
      }
    }
    return out;
  }
}
