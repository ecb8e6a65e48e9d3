package app.worthit.model;

import java.util.List;

/** The answer for one listing: level, score 0..100 and the reasons behind it. */
public record Verdict(String key, VerdictLevel verdict, int score, List<Reason> reasons) {
  public Verdict {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score out of 0..100: " + score);
    }
    reasons = List.copyOf(reasons);
  }
}
