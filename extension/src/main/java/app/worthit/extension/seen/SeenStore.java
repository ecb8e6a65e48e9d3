package app.worthit.extension.seen;

import app.worthit.extension.browser.Browser;
import app.worthit.extension.browser.NativeJson;
import app.worthit.extension.browser.StorageArea;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * The seen log in chrome.storage.local, one item per event ("seen/KEY"), and the user's corrected
 * durations ("seen-hours/KEY"). Neither prefix is a personal record's, so sync never sees them.
 */
public final class SeenStore {
  /** Storage keys of seen events start with this. */
  public static final String EVENT_PREFIX = "seen/";
  /** Storage keys of corrected durations start with this. */
  public static final String MINUTES_PREFIX = "seen-hours/";

  private final StorageArea area = Browser.api().getStorage().getLocal();

  /** The whole log and every corrected duration. */
  public JSPromise<SeenData> load() {
    return area.get(null).then(items -> parse(NativeJson.stringify(NativeJson.withPrefix(items, "seen"))));
  }

  /** The stored events of these keys (absent ones are missing from the map). */
  public JSPromise<Map<String, SeenEvent>> get(Collection<String> keys) {
    List<JsonValue> names = new ArrayList<>();
    for (String k : keys) {
      names.add(new JsonValue.Str(EVENT_PREFIX + k));
    }
    return area.get(NativeJson.parse(JsonWriter.write(new JsonValue.Arr(names))))
        .then(items -> byKey(parse(NativeJson.stringify(items)).events()));
  }

  /** Stores (or replaces) these events in one write. */
  public JSPromise<JSObject> putAll(Collection<SeenEvent> events) {
    Map<String, JsonValue> items = new LinkedHashMap<>();
    for (SeenEvent e : events) {
      items.put(EVENT_PREFIX + e.key(), SeenEventJson.toJson(e));
    }
    return area.set(NativeJson.parse(JsonWriter.write(new JsonValue.Obj(items))));
  }

  /** Stores a whole snapshot (an import), events and durations, in one write. */
  public JSPromise<JSObject> putData(SeenData data) {
    Map<String, JsonValue> items = new LinkedHashMap<>();
    for (SeenEvent e : data.events()) {
      items.put(EVENT_PREFIX + e.key(), SeenEventJson.toJson(e));
    }
    for (Map.Entry<String, Integer> m : data.minutes().entrySet()) {
      items.put(MINUTES_PREFIX + m.getKey(), JsonValue.Num.of(m.getValue()));
    }
    return area.set(NativeJson.parse(JsonWriter.write(new JsonValue.Obj(items))));
  }

  /** Drops these events (their corrected durations stay only if they were attended: callers decide). */
  public JSPromise<JSObject> remove(Collection<String> keys) {
    List<JsonValue> names = new ArrayList<>();
    for (String k : keys) {
      names.add(new JsonValue.Str(EVENT_PREFIX + k));
    }
    return NativeJson.removeAll(area, JsonWriter.write(new JsonValue.Arr(names)));
  }

  /** Sets the user's duration of an attended event, in minutes; null goes back to the computed one. */
  public JSPromise<JSObject> setMinutes(String key, Integer minutes) {
    if (minutes == null) {
      return area.remove(MINUTES_PREFIX + key);
    }
    return area.set(NativeJson.single(MINUTES_PREFIX + key, NativeJson.parse(Integer.toString(minutes))));
  }

  /** Deletes the whole log and every corrected duration. */
  public JSPromise<JSObject> forgetAll() {
    return area.get(null).then(items -> {
      JsonValue.Obj all = JsonParser.parse(NativeJson.stringify(NativeJson.withPrefix(items, "seen"))).asObj();
      List<JsonValue> names = new ArrayList<>();
      for (String k : all.members().keySet()) {
        names.add(new JsonValue.Str(k));
      }
      return names;
    }).flatThen(names -> NativeJson.removeAll(area, JsonWriter.write(new JsonValue.Arr(names))));
  }

  /** Reads stored items (the "seen/" and "seen-hours/" ones of a storage snapshot's JSON). */
  public static SeenData parse(String json) {
    JsonValue.Obj all = JsonParser.parse(json).asObj();
    List<SeenEvent> events = new ArrayList<>();
    Map<String, Integer> minutes = new LinkedHashMap<>();
    if (all != null) {
      for (Map.Entry<String, JsonValue> item : all.members().entrySet()) {
        String name = item.getKey();
        if (name.startsWith(EVENT_PREFIX)) {
          try {
            events.add(SeenEventJson.fromJson(item.getValue()));
          } catch (IllegalArgumentException e) {
            // A damaged item must not hide the others.
          }
        } else if (name.startsWith(MINUTES_PREFIX) && item.getValue() instanceof JsonValue.Num n && n.longValue() > 0) {
          minutes.put(name.substring(MINUTES_PREFIX.length()), (int) Math.min(n.longValue(), 24 * 60));
        }
      }
    }
    return new SeenData(events, minutes);
  }

  private static Map<String, SeenEvent> byKey(List<SeenEvent> events) {
    Map<String, SeenEvent> m = new LinkedHashMap<>();
    for (SeenEvent e : events) {
      m.put(e.key(), e);
    }
    return m;
  }
}
