package app.worthit.e2e;

import app.worthit.model.Reason;
import app.worthit.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a badge host states through the overlay contract: key, verdict, score and fired rules. */
record BadgeRow(String key, String verdict, String score, String rules) {
  /** The row the extension should show for a verdict. */
  static BadgeRow of(Verdict v) {
    List<String> ids = new ArrayList<>();
    for (Reason r : v.reasons()) {
      ids.add(r.rule());
    }
    return new BadgeRow(v.key(), v.verdict().wire(), Integer.toString(v.score()), String.join(",", ids));
  }

  /** The row read from a host element's data attributes (as returned by the page script). */
  static BadgeRow read(Map<?, ?> attributes) {
    return new BadgeRow((String) attributes.get("key"), (String) attributes.get("verdict"),
        (String) attributes.get("score"), (String) attributes.get("rules"));
  }
}
