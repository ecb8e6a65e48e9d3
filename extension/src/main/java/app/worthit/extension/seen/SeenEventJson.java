package app.worthit.extension.seen;

import app.worthit.json.JsonValue;
import app.worthit.model.VerdictLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A seen event as stored and exported: {"key","url","title","group","startsAt","endsAt",...}. */
public final class SeenEventJson {
  private SeenEventJson() {}

  /** The stored form; unknown fields are left out. */
  public static JsonValue.Obj toJson(SeenEvent e) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("key", new JsonValue.Str(e.key()));
    m.put("url", new JsonValue.Str(e.url()));
    m.put("title", new JsonValue.Str(e.title()));
    putText(m, "group", e.groupName());
    putText(m, "startsAt", e.startsAt());
    putText(m, "endsAt", e.endsAt());
    if (e.online() != null) {
      m.put("online", JsonValue.Bool.of(e.online()));
    }
    if (e.priceCents() != null) {
      m.put("priceCents", JsonValue.Num.of(e.priceCents()));
    }
    putText(m, "currency", e.currency());
    m.put("verdict", new JsonValue.Str(e.verdict().wire()));
    m.put("score", JsonValue.Num.of(e.score()));
    List<JsonValue> reasons = new ArrayList<>();
    for (String r : e.reasons()) {
      reasons.add(new JsonValue.Str(r));
    }
    m.put("reasons", new JsonValue.Arr(reasons));
    m.put("seenAt", JsonValue.Num.of(e.seenAt()));
    return new JsonValue.Obj(m);
  }

  /** The seen event stored as JSON; throws IllegalArgumentException on a malformed one. */
  public static SeenEvent fromJson(JsonValue v) {
    JsonValue.Obj o = v.asObj();
    if (o == null) {
      throw new IllegalArgumentException("a seen event must be an object");
    }
    List<String> reasons = new ArrayList<>();
    JsonValue.Arr arr = o.get("reasons").asArr();
    if (arr != null) {
      for (JsonValue r : arr.items()) {
        if (r.asString() != null) {
          reasons.add(r.asString());
        }
      }
    }
    return new SeenEvent(o.get("key").asString(), o.get("url").asString(), o.get("title").asString(),
        o.get("group").asString(), o.get("startsAt").asString(), o.get("endsAt").asString(),
        o.get("online") instanceof JsonValue.Bool b ? b.value() : null,
        o.get("priceCents") instanceof JsonValue.Num n && n.isIntegral() ? (int) n.longValue() : null,
        o.get("currency").asString(), VerdictLevel.fromWire(o.get("verdict").asString()),
        o.get("score") instanceof JsonValue.Num s ? (int) s.longValue() : 0,
        reasons, o.get("seenAt") instanceof JsonValue.Num t ? t.longValue() : 0L);
  }

  private static void putText(Map<String, JsonValue> m, String name, String value) {
    if (value != null) {
      m.put(name, new JsonValue.Str(value));
    }
  }
}
