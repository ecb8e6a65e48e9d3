package app.worthit.extension.content;

import app.worthit.extension.dom.LiveElement;
import app.worthit.model.Listing;
import app.worthit.model.Reason;
import app.worthit.model.Verdict;
import app.worthit.rules.Rules;

/** The explained verdict: level, score, and each reason with its evidence and the rule's meaning. */
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
      LiveElement item = Nodes.element("li", null);
      item.setAttribute("data-rule", r.rule());
      item.appendChild(Nodes.text("span", "effect", VerdictWords.effect(r.effect())));
      item.appendChild(Nodes.text("span", "text", r.text()));
      if (r.evidence() != null && !r.evidence().isEmpty()) {
        item.appendChild(Nodes.text("div", "evidence", "Evidence: \u201c" + r.evidence() + "\u201d"));
      }
      String why = Rules.explanation(r.rule());
      if (why != null && !why.isEmpty()) {
        item.appendChild(Nodes.text("div", "why", why));
      }
      list.appendChild(item);
    }
    container.appendChild(list);
  }
}
