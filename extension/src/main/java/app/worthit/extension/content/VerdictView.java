package app.worthit.extension.content;

import app.worthit.extension.dom.LiveElement;
import app.worthit.model.Listing;
import app.worthit.model.Reason;
import app.worthit.model.Verdict;
import app.worthit.rules.Rules;

/**
 * The explained verdict: level, score, and each reason read once: its effect, the rule's one-line
 * explanation, then in the same two places for every reason what the reason adds (a correction's
 * credit, the community's count) and its evidence, quoted once.
 */
final class VerdictView {
  private VerdictView() {}

  /** Appends the verdict's content to the container. */
  static void render(LiveElement container, Listing listing, Verdict verdict) {
    container.appendChild(Nodes.text("div", "event", listing.title()));
    LiveElement head = Nodes.element("div", "head");
    head.appendChild(Nodes.text("span", "title", "Worth it? " + VerdictWords.word(verdict.verdict())));
    head.appendChild(Nodes.text("span", "score", "Score " + verdict.score() + "/100"));
    container.appendChild(head);
    LiveElement list = Nodes.element("ul", "reasons");
    if (verdict.reasons().isEmpty()) {
      list.appendChild(Nodes.text("li", null, "No rule fired for this event."));
    }
    for (Reason r : verdict.reasons()) {
      list.appendChild(reason(r));
    }
    container.appendChild(list);
  }

  private static LiveElement reason(Reason r) {
    LiveElement item = Nodes.element("li", null);
    item.setAttribute("data-rule", r.rule());
    item.appendChild(Nodes.text("span", "effect", VerdictWords.effect(r.effect())));
    // The rule's meaning first, then what this reason's text adds to it (a correction's credit,
    // the community's count), each once: most reasons' text is the meaning itself.
    String why = Rules.explanation(r.rule());
    boolean known = why != null && !why.isEmpty();
    item.appendChild(Nodes.text("span", "text", known ? why : r.text()));
    String detail = !known ? "" : r.text().startsWith(why) ? r.text().substring(why.length()).trim() : r.text();
    if (!detail.isEmpty()) {
      item.appendChild(Nodes.text("div", "detail", detail));
    }
    // The community's count is its text already; any other evidence is shown once, quoted once.
    String evidence = "community".equals(r.rule()) ? null : r.evidence();
    if (evidence != null && !evidence.isEmpty()) {
      item.appendChild(Nodes.text("div", "evidence", "Evidence: " + quotedOnce(evidence)));
    }
    return item;
  }

  /** The evidence as it reads best: phrases the scorer quoted stay as they are; free text gets one pair of quotes. */
  static String quotedOnce(String evidence) {
    String e = evidence.trim();
    boolean quoted = e.startsWith("\"") || e.startsWith("\u201c");
    return quoted ? e : "\u201c" + e + "\u201d";
  }
}
