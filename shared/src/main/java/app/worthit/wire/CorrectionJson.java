package app.worthit.wire;

import app.worthit.json.JsonValue;
import app.worthit.model.Acceptor;
import app.worthit.model.CorrectedFields;
import app.worthit.model.Correction;
import app.worthit.model.Recurrence;
import app.worthit.rules.Corrections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An accepted correction as JSON: {"id"?, "key", "groupKey"?, "rules": {rule-id: boolean},
 * "fields": {"priceCents"?, "recurrence"?, "attendeeCount"?, "online"?}, "explanation", "by"}.
 * Rule ids and field names are checked strictly: a correction is never silently half applied.
 */
public final class CorrectionJson {
  private static final Set<String> FIELDS = Set.of("priceCents", "recurrence", "attendeeCount", "online");

  private CorrectionJson() {}

  /** Reads a correction found at {@code path}; errors name fields below it. */
  public static Correction fromJson(JsonValue value, String path) {
    WireObject o = WireObject.of(value, path);
    String explanation = o.requiredString("explanation");
    if (explanation.length() > Correction.MAX_EXPLANATION) {
      throw new WireException(o.at("explanation"), "at most " + Correction.MAX_EXPLANATION + " characters");
    }
    String by = o.requiredString("by");
    Acceptor acceptor = Acceptor.fromWire(by);
    if (acceptor == null) {
      throw new WireException(o.at("by"), "expected organiser or review");
    }
    return new Correction(o.string("id"), o.requiredString("key"), o.string("groupKey"),
        rules(o.raw("rules"), o.at("rules")), fields(o.raw("fields"), o.at("fields")), explanation, acceptor);
  }

  /** Reads a list of corrections, e.g. the "corrections" of a community answer. */
  public static List<Correction> listFromJson(JsonValue value, String path) {
    if (value.isNull()) {
      return List.of();
    }
    JsonValue.Arr arr = value.asArr();
    if (arr == null) {
      throw new WireException(path, "expected an array");
    }
    java.util.ArrayList<Correction> out = new java.util.ArrayList<>();
    for (int i = 0; i < arr.items().size(); i++) {
      out.add(fromJson(arr.items().get(i), path + "[" + i + "]"));
    }
    return out;
  }

  /** Reads {rule-id: true|false}; absent is empty; an id outside the ten rules is an error. */
  public static Map<String, Boolean> rules(JsonValue value, String path) {
    Map<String, Boolean> out = new LinkedHashMap<>();
    if (value.isNull()) {
      return out;
    }
    JsonValue.Obj o = value.asObj();
    if (o == null) {
      throw new WireException(path, "expected an object of rule ids to true or false");
    }
    for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
      if (!Corrections.isCorrectable(e.getKey())) {
        throw new WireException(path + "." + e.getKey(), "unknown rule id");
      }
      if (!(e.getValue() instanceof JsonValue.Bool b)) {
        throw new WireException(path + "." + e.getKey(), "expected true or false");
      }
      out.put(e.getKey(), b.value());
    }
    return out;
  }

  /** Reads the corrected fields; absent is none; an unknown field name is an error. */
  public static CorrectedFields fields(JsonValue value, String path) {
    if (value.isNull()) {
      return CorrectedFields.NONE;
    }
    WireObject o = WireObject.of(value, path);
    for (String name : value.asObj().members().keySet()) {
      if (!FIELDS.contains(name)) {
        throw new WireException(o.at(name), "not a correctable field (priceCents, recurrence, attendeeCount, online)");
      }
    }
    Recurrence recurrence = null;
    String r = o.string("recurrence");
    if (r != null) {
      recurrence = Recurrence.fromWire(r);
      if (recurrence == null) {
        throw new WireException(o.at("recurrence"), "expected one of none, weekly, biweekly, monthly, irregular");
      }
    }
    return new CorrectedFields(o.integer("priceCents", 0, ListingJson.MAX_COUNT), recurrence,
        o.integer("attendeeCount", 0, ListingJson.MAX_COUNT), o.bool("online"));
  }

  /** Writes a correction with members in the documented order; unknown ones are left out. */
  public static JsonValue.Obj toJson(Correction c) {
    return new JsonObjectBuilder()
        .put("id", c.id())
        .put("key", c.key())
        .put("groupKey", c.groupKey())
        .put("rules", rulesJson(c.rules()))
        .put("fields", fieldsJson(c.fields()))
        .put("explanation", c.explanation())
        .put("by", c.acceptedBy().wire())
        .build();
  }

  /** Writes {rule-id: boolean} in the given order. */
  public static JsonValue.Obj rulesJson(Map<String, Boolean> rules) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    rules.forEach((id, applies) -> m.put(id, JsonValue.Bool.of(applies)));
    return new JsonValue.Obj(m);
  }

  /** Writes the set fields only. */
  public static JsonValue.Obj fieldsJson(CorrectedFields f) {
    return new JsonObjectBuilder()
        .put("priceCents", f.priceCents())
        .put("recurrence", f.recurrence() == null ? null : f.recurrence().wire())
        .put("attendeeCount", f.attendeeCount())
        .put("online", f.online())
        .build();
  }
}
