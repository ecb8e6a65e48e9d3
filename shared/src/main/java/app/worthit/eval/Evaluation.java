package app.worthit.eval;

import java.util.List;

/**
 * What an evaluation of labelled cases found: verdict agreement, the confusion matrix, each rule's
 * counts (in RuleId order), the red flags' counts together, the worth-it/skip swaps, every
 * disagreement, and the lines that could not be read or scored.
 */
public record Evaluation(Ratio agreement, Confusion confusion, List<RuleCounts> rules, RuleCounts redFlags,
    List<CaseResult> swaps, List<CaseResult> disagreements, List<BadLine> badLines) {
  public Evaluation {
    rules = List.copyOf(rules);
    swaps = List.copyOf(swaps);
    disagreements = List.copyOf(disagreements);
    badLines = List.copyOf(badLines);
  }

  /** The number of cases scored. */
  public int cases() {
    return agreement.whole();
  }
}
