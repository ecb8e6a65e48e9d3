package app.worthit.wire;

import app.worthit.eval.BadLine;
import app.worthit.eval.CaseResult;
import app.worthit.eval.Evaluation;
import app.worthit.eval.Ratio;
import app.worthit.eval.RuleCounts;
import app.worthit.json.JsonValue;
import app.worthit.model.Reason;
import app.worthit.model.VerdictLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * An evaluation of labelled cases as one JSON object: {"cases", "agreement", "confusion", "rules",
 * "redFlags", "swaps", "disagreements", "badLines"}; a ratio is {"count", "of", "percent"?}.
 */
public final class EvaluationJson {
  private EvaluationJson() {}

  /** Writes the evaluation; "confusion" maps each expected verdict to counts of the actual ones. */
  public static JsonValue.Obj toJson(Evaluation e) {
    JsonObjectBuilder confusion = new JsonObjectBuilder();
    for (VerdictLevel expected : VerdictLevel.values()) {
      JsonObjectBuilder row = new JsonObjectBuilder();
      for (VerdictLevel actual : VerdictLevel.values()) {
        row.put(actual.wire(), e.confusion().count(expected, actual));
      }
      confusion.put(expected.wire(), row.build());
    }
    List<JsonValue> rules = new ArrayList<>();
    for (RuleCounts r : e.rules()) {
      rules.add(counts(r));
    }
    List<JsonValue> swaps = new ArrayList<>();
    for (CaseResult r : e.swaps()) {
      swaps.add(new JsonObjectBuilder().put("id", r.labelled().id()).put("expected", r.expected().wire())
          .put("actual", r.actual().wire()).build());
    }
    List<JsonValue> disagreements = new ArrayList<>();
    for (CaseResult r : e.disagreements()) {
      disagreements.add(disagreement(r));
    }
    List<JsonValue> bad = new ArrayList<>();
    for (BadLine b : e.badLines()) {
      bad.add(new JsonObjectBuilder().put("line", b.line()).put("error", b.message()).build());
    }
    return new JsonObjectBuilder()
        .put("cases", e.cases())
        .put("agreement", ratio(e.agreement()))
        .put("confusion", confusion.build())
        .put("rules", new JsonValue.Arr(rules))
        .put("redFlags", counts(e.redFlags()))
        .put("swaps", new JsonValue.Arr(swaps))
        .put("disagreements", new JsonValue.Arr(disagreements))
        .put("badLines", new JsonValue.Arr(bad))
        .build();
  }

  private static JsonValue.Obj counts(RuleCounts r) {
    return new JsonObjectBuilder()
        .put("rule", r.rule())
        .put("fired", r.fired())
        .put("truePositives", r.truePositives())
        .put("falsePositives", r.falsePositives())
        .put("falseNegatives", r.falseNegatives())
        .put("precision", ratio(r.precision()))
        .put("recall", ratio(r.recall()))
        .build();
  }

  private static JsonValue.Obj disagreement(CaseResult r) {
    List<JsonValue> reasons = new ArrayList<>();
    for (Reason reason : r.verdict().reasons()) {
      reasons.add(new JsonObjectBuilder().put("rule", reason.rule()).put("effect", reason.effect())
          .put("evidence", reason.evidence()).build());
    }
    return new JsonObjectBuilder()
        .put("id", r.labelled().id())
        .put("line", r.labelled().line())
        .put("expected", r.expected().wire())
        .put("actual", r.actual().wire())
        .put("score", r.verdict().score())
        .put("missing", strings(r.missing()))
        .put("forbiddenFired", strings(r.forbiddenFired()))
        .put("reasons", new JsonValue.Arr(reasons))
        .build();
  }

  private static JsonValue.Obj ratio(Ratio r) {
    return new JsonObjectBuilder()
        .put("count", r.part())
        .put("of", r.whole())
        .put("percent", r.defined() ? new JsonValue.Num(r.percentText()) : null)
        .build();
  }

  private static JsonValue.Arr strings(List<String> items) {
    List<JsonValue> out = new ArrayList<>();
    for (String s : items) {
      out.add(new JsonValue.Str(s));
    }
    return new JsonValue.Arr(out);
  }
}
