package app.worthit.eval;

import app.worthit.model.Reason;
import app.worthit.model.ScoreRequest;
import app.worthit.model.Verdict;
import app.worthit.model.VerdictLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Labelled-case lines written for the tests, and a scorer that answers by the listing's title. */
final class Cases {
  private Cases() {}

  /** A case line whose listing has {@code title}; rules and forbid as comma-separated ids ("" for none). */
  static String line(String id, String title, String verdict, String rules, String forbid) {
    return "{\"id\":\"" + id + "\",\"request\":{\"listing\":{\"url\":\"https://www.meetup.com/g/events/" + id.hashCode()
        + "/\",\"title\":\"" + title + "\"}},\"expect\":{\"verdict\":\"" + verdict + "\",\"rules\":" + ids(rules)
        + ",\"forbid\":" + ids(forbid) + "},\"from\":{\"repo\":\"x/y\"}}";
  }

  private static String ids(String csv) {
    return csv.isEmpty() ? "[]" : "[\"" + csv.replace(",", "\",\"") + "\"]";
  }

  /** Answers each title with the given level and reasons ("rule:effect", comma-separated). */
  static Function<ScoreRequest, Verdict> scorer(Map<String, String> answers) {
    return request -> {
      String[] answer = answers.get(request.listing().title()).split(" ", 2);
      List<Reason> reasons = new ArrayList<>();
      if (answer.length > 1) {
        for (String r : answer[1].split(",")) {
          String[] parts = r.split(":");
          reasons.add(new Reason(parts[0], Integer.parseInt(parts[1]), "text", "words of " + parts[0]));
        }
      }
      return new Verdict(request.listing().key(), VerdictLevel.fromWire(answer[0]), 50, reasons);
    };
  }
}
