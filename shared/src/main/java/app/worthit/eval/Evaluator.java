package app.worthit.eval;

import app.worthit.model.ScoreRequest;
import app.worthit.model.Verdict;
import app.worthit.rules.RuleId;
import app.worthit.rules.Scorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Scores labelled cases and measures the verdicts against their labels. */
public final class Evaluator {
  private Evaluator() {}

  /** The evaluation of the engine ({@link Scorer#score}) on the cases. */
  public static Evaluation evaluate(LabelledCases cases) {
    return evaluate(cases, Scorer::score);
  }

  /** The evaluation of {@code scorer} on the cases; a case it fails on becomes a bad line. */
  public static Evaluation evaluate(LabelledCases cases, Function<ScoreRequest, Verdict> scorer) {
    List<CaseResult> results = new ArrayList<>();
    List<BadLine> bad = new ArrayList<>(cases.badLines());
    for (LabelledCase c : cases.cases()) {
      try {
        results.add(new CaseResult(c, scorer.apply(c.request())));
      } catch (RuntimeException e) {
        // An engine bug on one case must not lose the figures of the others.
        bad.add(new BadLine(c.line(), "could not score " + c.id() + ": " + e));
      }
    }
    bad.sort((a, b) -> Integer.compare(a.line(), b.line()));
    int agreed = 0;
    List<CaseResult> swaps = new ArrayList<>();
    List<CaseResult> disagreements = new ArrayList<>();
    for (CaseResult r : results) {
      agreed += r.agrees() ? 1 : 0;
      if (r.swap()) {
        swaps.add(r);
      }
      if (r.disagrees()) {
        disagreements.add(r);
      }
    }
    List<RuleCounts> rules = ruleCounts(results);
    RuleCounts redFlags = new RuleCounts("red flags", 0, 0, 0, 0);
    for (RuleCounts counts : rules) {
      RuleId id = RuleId.fromId(counts.rule());
      if (id != null && id.isRedFlag()) {
        redFlags = redFlags.plus(counts);
      }
    }
    return new Evaluation(new Ratio(agreed, results.size()), Confusion.of(results), rules, redFlags, swaps,
        disagreements, bad);
  }

  // Every rule that fired or was labelled, RuleId's order first, then any id the engine gave that it lacks.
  private static List<RuleCounts> ruleCounts(List<CaseResult> results) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (RuleId id : RuleId.values()) {
      counts.put(id.id(), new int[4]);
    }
    Set<String> seen = new LinkedHashSet<>();
    for (CaseResult r : results) {
      Set<String> fired = new LinkedHashSet<>(r.fired());
      for (String rule : fired) {
        int[] c = counts.computeIfAbsent(rule, k -> new int[4]);
        c[0]++;
        c[1] += r.labelled().rules().contains(rule) ? 1 : 0;
        c[2] += r.labelled().forbid().contains(rule) ? 1 : 0;
      }
      for (String rule : r.labelled().rules()) {
        counts.computeIfAbsent(rule, k -> new int[4])[3] += fired.contains(rule) ? 0 : 1;
      }
      seen.addAll(fired);
      seen.addAll(r.labelled().rules());
      seen.addAll(r.labelled().forbid());
    }
    List<RuleCounts> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (seen.contains(e.getKey())) {
        int[] c = e.getValue();
        out.add(new RuleCounts(e.getKey(), c[0], c[1], c[2], c[3]));
      }
    }
    return out;
  }
}
