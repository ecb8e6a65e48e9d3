package app.worthit.extension.content;

import app.worthit.extension.dom.LiveElement;
import app.worthit.extension.dom.OpenShadow;
import app.worthit.extension.dom.ShadowRoot;
import app.worthit.model.Reason;
import app.worthit.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.xml.Element;

/**
 * One event's overlay: a host element carrying the data-worthit-* contract, rendering in an open
 * shadow root. A compact badge with a popover on listings, or an expanded panel on event pages.
 */
final class Badge {
  /** The host element's tag; the page never uses it, so our own nodes are easy to recognise. */
  static final String TAG = "worthit-badge";

  private final LiveElement host = Nodes.element(TAG, null);
  private final ShadowRoot root = OpenShadow.attach(host);
  private final LiveElement anchor;
  private final boolean panel;
  /** Whether the host goes first inside the anchor (a fallback place) instead of right after it. */
  private final boolean inside;
  private final MarkControls controls;
  private String key;
  private boolean open;
  /** Whether the host has been put in the page (listing badges are placed in batches). */
  private boolean placed;
  /** What the badge shows now; its popover body is built from it on first opening. */
  private Annotation shown;

  Badge(LiveElement anchor, String key, boolean panel, MarkControls controls) {
    this(anchor, false, key, panel, controls);
  }

  /** A badge put first inside the anchor when {@code inside}, else right after it. */
  Badge(LiveElement anchor, boolean inside, String key, boolean panel, MarkControls controls) {
    this.anchor = anchor;
    this.inside = inside;
    this.key = key;
    this.panel = panel;
    this.controls = controls;
    if (panel) {
      host.setAttribute("data-worthit-panel", "");
    }
    // Clicks on the overlay must never reach a surrounding link or the page's own handlers.
    host.addEventListener("click", event -> event.stopPropagation());
    host.addEventListener("keydown", event -> {
      if (open && "Escape".equals(((KeyboardEvent) event).getKey())) {
        setOpen(false);
        Element toggle = root.querySelector("[data-action=\"toggle\"]");
        if (toggle != null) {
          LiveElement.of(toggle).focus();
        }
      }
    });
  }

  LiveElement host() {
    return host;
  }

  LiveElement anchor() {
    return anchor;
  }

  String key() {
    return key;
  }

  /** Puts the host right after the element it annotates (or first inside its fallback place). */
  void place() {
    if (inside) {
      anchor.prepend(host);
    } else {
      anchor.after(host);
    }
    placed = true;
  }

  /** True once the host has been put in the page. */
  boolean placed() {
    return placed;
  }

  /**
   * True while both the badge and the element it annotates are in the page, or, for a badge still
   * waiting to be placed, while its element is.
   */
  boolean intact() {
    return placed ? host.isConnected() && anchor.isConnected() : anchor.isConnected();
  }

  /** Shows the annotation, keeping the popover's state and the focused control across updates. */
  void render(Annotation a) {
    Verdict v = a.verdict();
    key = a.listing().key();
    host.setAttribute("data-worthit-key", key);
    host.setAttribute("data-worthit-verdict", v.verdict().wire());
    host.setAttribute("data-worthit-score", Integer.toString(v.score()));
    host.setAttribute("data-worthit-rules", rules(v));
    Element focused = root.getActiveElement();
    String focusAction = focused == null ? null : focused.getAttribute("data-action");
    Nodes.clear(root);
    root.appendChild(Nodes.text("style", null, BadgeStyle.CSS));
    if (panel) {
      LiveElement box = Nodes.element("section", "card " + v.verdict().wire() + "-panel");
      box.setAttribute("aria-label", VerdictWords.label(v));
      LiveElement chip = Nodes.text("span", "badge " + v.verdict().wire(), VerdictWords.word(v.verdict()));
      box.appendChild(chip);
      VerdictView.render(box, a.listing(), v);
      controls.render(box, a);
      root.appendChild(box);
    } else {
      renderBadge(a, v);
    }
    if (focusAction != null) {
      Element again = root.querySelector("[data-action=\"" + focusAction + "\"]");
      if (again != null) {
        LiveElement.of(again).focus();
      }
    }
  }

  /** Takes the badge out of the page. */
  void remove() {
    host.remove();
  }

  private void renderBadge(Annotation a, Verdict v) {
    LiveElement button = Nodes.element("button", "badge " + v.verdict().wire());
    button.setAttribute("type", "button");
    button.setAttribute("data-action", "toggle");
    button.setAttribute("aria-label", VerdictWords.label(v));
    button.setAttribute("aria-expanded", open ? "true" : "false");
    button.setAttribute("aria-controls", "popover");
    button.appendChild(Nodes.element("span", "dot"));
    button.appendChild(Nodes.text("span", "word", VerdictWords.word(v.verdict())));
    LiveElement pop = Nodes.element("div", "popover card");
    pop.setAttribute("id", "popover");
    pop.setAttribute("role", "dialog");
    pop.setAttribute("aria-label", "Why: " + VerdictWords.word(v.verdict()));
    shown = a;
    // The body (reasons, controls, a dozen elements or more) is built when the popover first
    // opens: a listing page may carry thousands of badges, and most are never opened.
    if (open) {
      fill(pop, a);
    } else {
      pop.setAttribute("hidden", "");
    }
    button.addEventListener("click", event -> {
      event.preventDefault();
      setOpen(!open);
    });
    root.appendChild(button);
    root.appendChild(pop);
  }

  private void fill(LiveElement pop, Annotation a) {
    VerdictView.render(pop, a.listing(), a.verdict());
    controls.render(pop, a);
    if (a.listing().url().startsWith("https://")) {
      // The correction form lives under the event page's panel; the popover only points there.
      LiveElement fix = Nodes.text("a", "fix-link", "Facts wrong? Correct or suggest on the event's page");
      fix.setAttribute("href", a.listing().url());
      pop.appendChild(fix);
    }
  }

  private void setOpen(boolean value) {
    open = value;
    Element button = root.querySelector("[data-action=\"toggle\"]");
    Element pop = root.querySelector("#popover");
    if (button == null || pop == null) {
      return;
    }
    button.setAttribute("aria-expanded", value ? "true" : "false");
    if (value) {
      if (pop.getFirstChild() == null && shown != null) {
        fill(LiveElement.of(pop), shown);
      }
      pop.removeAttribute("hidden");
    } else {
      pop.setAttribute("hidden", "");
    }
  }

  private static String rules(Verdict v) {
    List<String> ids = new ArrayList<>();
    for (Reason r : v.reasons()) {
      ids.add(r.rule());
    }
    return String.join(",", ids);
  }
}
