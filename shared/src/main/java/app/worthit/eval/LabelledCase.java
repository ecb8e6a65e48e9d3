package app.worthit.eval;

import app.worthit.model.ScoreRequest;
import app.worthit.model.VerdictLevel;
import java.util.List;

/**
 * One labelled line of a scoring-cases file: the request, the verdict expected, the rules that must
 * fire and the rules that must not. {@code line} is its line number in the file, from 1.
 */
public record LabelledCase(int line, String id, ScoreRequest request, VerdictLevel verdict, List<String> rules,
    List<String> forbid) {
  public LabelledCase {
    if (id == null || request == null || verdict == null) {
      throw new IllegalArgumentException("id, request and verdict are required");
    }
    rules = List.copyOf(rules);
    forbid = List.copyOf(forbid);
  }
}
