package app.worthit.eval;

import app.worthit.model.VerdictLevel;
import java.util.Arrays;

/** The 3x3 confusion matrix of verdicts: how many cases expected one level got another. */
public final class Confusion {
  private final int[] counts;

  private Confusion(int[] counts) {
    this.counts = counts;
  }

  /** The matrix of the given (expected, actual) pairs. */
  static Confusion of(Iterable<CaseResult> results) {
    int n = VerdictLevel.values().length;
    int[] counts = new int[n * n];
    for (CaseResult r : results) {
      counts[r.expected().ordinal() * n + r.actual().ordinal()]++;
    }
    return new Confusion(counts);
  }

  /** Cases expected at {@code expected} that were given {@code actual}. */
  public int count(VerdictLevel expected, VerdictLevel actual) {
    return counts[expected.ordinal() * VerdictLevel.values().length + actual.ordinal()];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Confusion c && Arrays.equals(counts, c.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "Confusion" + Arrays.toString(counts);
  }
}
