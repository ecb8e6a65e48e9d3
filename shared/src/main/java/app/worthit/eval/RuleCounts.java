package app.worthit.eval;

/**
 * How one rule (or all red flags together) fared: how often it fired, and of those, how often it
 * was expected (true positive) or forbidden (false positive); a firing in neither list counts
 * neither way. A false negative is an expected rule that did not fire.
 */
public record RuleCounts(String rule, int fired, int truePositives, int falsePositives, int falseNegatives) {
  public RuleCounts {
    if (truePositives + falsePositives > fired) {
      throw new IllegalArgumentException(rule + ": more judged firings than firings");
    }
  }

  /** Expected firings among the judged ones: true / (true + false positives). */
  public Ratio precision() {
    return new Ratio(truePositives, truePositives + falsePositives);
  }

  /** Expected rules that fired: true positives / (true positives + false negatives). */
  public Ratio recall() {
    return new Ratio(truePositives, truePositives + falseNegatives);
  }

  /** Firings in neither the expected nor the forbidden list. */
  public int unjudged() {
    return fired - truePositives - falsePositives;
  }

  RuleCounts plus(RuleCounts other) {
    return new RuleCounts(rule, fired + other.fired, truePositives + other.truePositives,
        falsePositives + other.falsePositives, falseNegatives + other.falseNegatives);
  }
}
