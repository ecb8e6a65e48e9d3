package app.worthit.eval;

import app.worthit.model.Reason;
import app.worthit.model.Verdict;
import app.worthit.model.VerdictLevel;
import java.util.ArrayList;
import java.util.List;

/** A labelled case and the verdict the engine gave it. */
public record CaseResult(LabelledCase labelled, Verdict verdict) {
  /** The verdict the labels expect. */
  public VerdictLevel expected() {
    return labelled.verdict();
  }

  /** The verdict the engine gave. */
  public VerdictLevel actual() {
    return verdict.verdict();
  }

  /** The ids of the rules that fired, in the verdict's order. */
  public List<String> fired() {
    List<String> fired = new ArrayList<>();
    for (Reason r : verdict.reasons()) {
      fired.add(r.rule());
    }
    return fired;
  }

  /** Expected rules that did not fire. */
  public List<String> missing() {
    List<String> fired = fired();
    List<String> missing = new ArrayList<>();
    for (String rule : labelled.rules()) {
      if (!fired.contains(rule)) {
        missing.add(rule);
      }
    }
    return missing;
  }

  /** Forbidden rules that fired. */
  public List<String> forbiddenFired() {
    List<String> forbidden = new ArrayList<>();
    for (String rule : fired()) {
      if (labelled.forbid().contains(rule) && !forbidden.contains(rule)) {
        forbidden.add(rule);
      }
    }
    return forbidden;
  }

  /** True when the verdicts are equal. */
  public boolean agrees() {
    return expected() == actual();
  }

  /** True when worth-it was expected and skip given, or the other way round. */
  public boolean swap() {
    return (expected() == VerdictLevel.WORTH_IT && actual() == VerdictLevel.SKIP)
        || (expected() == VerdictLevel.SKIP && actual() == VerdictLevel.WORTH_IT);
  }

  /** True when the verdict differs, an expected rule is missing or a forbidden rule fired. */
  public boolean disagrees() {
    return !agrees() || !missing().isEmpty() || !forbiddenFired().isEmpty();
  }
}
