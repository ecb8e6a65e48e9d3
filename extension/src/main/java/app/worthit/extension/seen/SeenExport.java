package app.worthit.extension.seen;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seen log in the export file: "seen" (the events) and "seenHours" (corrected minutes per
 * event key), beside the records. A file without them (an older export) imports no seen events.
 */
public final class SeenExport {
  private SeenExport() {}

  /** The export file's members for this snapshot. */
  public static Map<String, JsonValue> members(SeenData data) {
    List<JsonValue> events = new ArrayList<>();
    for (SeenEvent e : data.events()) {
      events.add(SeenEventJson.toJson(e));
    }
    Map<String, JsonValue> minutes = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> m : new java.util.TreeMap<>(data.minutes()).entrySet()) {
      minutes.put(m.getKey(), JsonValue.Num.of(m.getValue()));
    }
    Map<String, JsonValue> out = new LinkedHashMap<>();
    out.put("seen", new JsonValue.Arr(events));
    out.put("seenHours", new JsonValue.Obj(minutes));
    return out;
  }

  /** The seen log of an export file already checked by PersonalExport.read; malformed events are skipped. */
  public static SeenData read(String text) {
    JsonValue json = JsonParser.parse(text);
    List<SeenEvent> events = new ArrayList<>();
    JsonValue.Arr arr = json.path("seen").asArr();
    if (arr != null) {
      for (JsonValue item : arr.items()) {
        try {
          events.add(SeenEventJson.fromJson(item));
        } catch (IllegalArgumentException e) {
          // One damaged event must not lose the others.
        }
      }
    }
    Map<String, Integer> minutes = new LinkedHashMap<>();
    JsonValue.Obj hours = json.path("seenHours").asObj();
    if (hours != null) {
      for (Map.Entry<String, JsonValue> m : hours.members().entrySet()) {
        if (m.getValue() instanceof JsonValue.Num n && n.longValue() > 0 && n.longValue() <= 24 * 60) {
          minutes.put(m.getKey(), (int) n.longValue());
        }
      }
    }
    return new SeenData(events, minutes);
  }
}
