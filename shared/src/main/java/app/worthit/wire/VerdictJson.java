package app.worthit.wire;

import app.worthit.json.JsonValue;
import app.worthit.model.Reason;
import app.worthit.model.Verdict;
import app.worthit.model.VerdictLevel;
import java.util.ArrayList;
import java.util.List;

/** The Verdict of DESIGN.md as JSON, members in the documented order. */
public final class VerdictJson {
  private VerdictJson() {}

  /** Writes {"key", "verdict", "score", "reasons": [{"rule", "effect", "text", "evidence"?}]}. */
  public static JsonValue.Obj toJson(Verdict v) {
    List<JsonValue> reasons = new ArrayList<>();
    for (Reason r : v.reasons()) {
      reasons.add(
          new JsonObjectBuilder()
              .put("rule", r.rule())
              .put("effect", r.effect())
              .put("text", r.text())
              .put("evidence", r.evidence())
              .build());
    }
    return new JsonObjectBuilder()
        .put("key", v.key())
        .put("verdict", v.verdict().wire())
        .put("score", v.score())
        .put("reasons", new JsonValue.Arr(reasons))
        .build();
  }

  /** Reads a verdict, for clients and tests; errors name fields as "verdict.reasons[0].rule". */
  public static Verdict fromJson(JsonValue value) {
    WireObject o = WireObject.of(value, "verdict");
    String level = o.requiredString("verdict");
    VerdictLevel verdict = VerdictLevel.fromWire(level);
    if (verdict == null) {
      throw new WireException(o.at("verdict"), "expected one of worth-it, maybe, skip");
    }
    List<JsonValue> items = o.requiredArray("reasons");
    List<Reason> reasons = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      WireObject r = WireObject.of(items.get(i), o.at("reasons") + "[" + i + "]");
      reasons.add(
          new Reason(
              r.requiredString("rule"),
              r.requiredInteger("effect", -1000, 1000),
              r.requiredString("text"),
              r.string("evidence")));
    }
    return new Verdict(o.requiredString("key"), verdict, o.requiredInteger("score", 0, 100), reasons);
  }
}
