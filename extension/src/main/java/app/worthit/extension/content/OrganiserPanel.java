package app.worthit.extension.content;

import app.worthit.extension.dom.LiveElement;
import app.worthit.extension.dom.OpenShadow;
import app.worthit.extension.dom.ShadowRoot;
import app.worthit.extension.moderation.Claim;
import app.worthit.extension.moderation.ModerationReply;
import app.worthit.extension.sync.WorkerMessage;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.xml.Element;

/**
 * The organiser's tools for a group (on its own page: claim it, prove the claim with a phrase on
 * the page) or for an event (under its panel), with the correction form. Claims and corrections go
 * through the worker, which holds the sync account; without one the panel says so.
 */
final class OrganiserPanel {
  /** The host element's tag. */
  static final String TAG = "worthit-organiser";
  /** What to do without a sync account. */
  static final String CONNECT_FIRST = "Connect this browser to a sync server first (Worth It? popup, "
      + "\u201cSync across devices\u201d) to claim a group or correct its facts.";
  /** The longest page text the server takes as a proof. */
  private static final int MAX_TEXT = 200_000;

  private final LiveElement host = Nodes.element(TAG, null);
  private final ShadowRoot root = OpenShadow.attach(host);
  private final LiveElement box = Nodes.element("section", "card");
  private final LiveElement claimBox = Nodes.element("div", "claim");
  private final LiveElement note = Nodes.element("p", "status");
  private final String address;
  private final String groupKey;
  private final boolean groupPage;
  private final CorrectionForm form;
  private Claim claim;

  /** Tools for {@code key} (a group, or an event of {@code groupKey}, which may be null). */
  OrganiserPanel(String address, String key, String groupKey, Runnable applied) {
    this.address = address;
    this.groupKey = groupKey;
    this.groupPage = key.equals(groupKey);
    this.form = new CorrectionForm(key, groupKey, applied);
    // Not data-worthit-key: by the overlay contract that attribute marks the one badge of each event.
    host.setAttribute("data-worthit-organiser-key", key);
    root.appendChild(Nodes.text("style", null, BadgeStyle.CSS + OrganiserStyle.CSS));
    box.setAttribute("aria-label", "Worth It? for organisers");
    root.appendChild(box);
    note.setAttribute("role", "status");
    note.setAttribute("data-claim-note", "");
  }

  LiveElement host() {
    return host;
  }

  /** Asks the worker for this account's claims, then shows the tools. */
  void start() {
    ask("claims", null, reply -> {
      if (!reply.connected()) {
        // Folded, so people who never sync see one line under the verdict, not a form they cannot use.
        host.setAttribute("data-worthit-claim", "no-account");
        LiveElement fold = Nodes.element("details", "fix");
        LiveElement summary = Nodes.text("summary", null, groupPage ? "Do you organise this group?" : "Suggest a correction");
        summary.setAttribute("data-action", "fix");
        fold.appendChild(summary);
        fold.appendChild(Nodes.text("p", null, CONNECT_FIRST));
        box.appendChild(fold);
        return;
      }
      claim = reply.ok() && groupKey != null ? Claim.latest(reply.body(), groupKey) : null;
      if (groupPage) {
        box.appendChild(Nodes.text("div", "title", "Do you organise this group?"));
        box.appendChild(claimBox);
        box.appendChild(note);
      }
      box.appendChild(form.element());
      showClaim(reply.ok() ? null : reply.error());
    });
  }

  private void showClaim(String message) {
    String state = claim == null ? "none" : claim.status();
    host.setAttribute("data-worthit-claim", state);
    host.setAttribute("data-worthit-moderator", claim != null && claim.verified() ? "true" : "false");
    form.setModerator(claim != null && claim.verified());
    note.setTextContent(message == null ? "" : message);
    Nodes.clear(claimBox);
    if (claim != null && claim.pending()) {
      claimBox.appendChild(Nodes.text("p", null, "To prove it, add this phrase to the group's public description and save it:"));
      claimBox.appendChild(Nodes.text("code", "phrase", claim.phrase()));
      claimBox.appendChild(Nodes.text("p", null, "Then reload this page and press \u201cCheck the page\u201d."));
      claimBox.appendChild(button("check", "Check the page", this::check));
    } else if (claim != null && claim.verified()) {
      claimBox.appendChild(Nodes.text("p", null, "Verified: you organise this group. Your corrections of the group "
          + "and its events apply at once (an admin may still review them)."));
    } else {
      if (claim != null) {
        claimBox.appendChild(Nodes.text("p", null, "An admin refused your claim on this group (" + claim.status() + ")."));
      }
      claimBox.appendChild(button("claim", "I organise this group", this::startClaim));
    }
  }

  private void startClaim() {
    Map<String, String> group = new LinkedHashMap<>();
    group.put("groupKey", groupKey);
    ask("claim", group, reply -> {
      Claim made = reply.ok() ? Claim.of(reply.body()) : null;
      claim = made != null ? made : claim;
      showClaim(made != null ? null : failure(reply));
      focus("check");
    });
  }

  private void check() {
    String text = pageText();
    Map<String, String> proof = new LinkedHashMap<>();
    proof.put("claimId", claim.claimId());
    proof.put("url", address);
    proof.put("text", text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
    ask("proof", proof, reply -> {
      Claim checked = reply.ok() ? Claim.of(reply.body()) : null;
      claim = checked != null ? checked : claim;
      showClaim(checked != null ? null : reply.status() == 422
          ? "The phrase \u201c" + claim.phrase() + "\u201d is not on this page yet. Add it to the group's description, "
              + "save, reload this page and check again."
          : failure(reply));
      focus(claim.verified() ? "fix" : "check");
    });
  }

  private static String failure(ModerationReply reply) {
    return reply.connected() ? reply.error() : CONNECT_FIRST;
  }

  private void focus(String action) {
    Element e = root.querySelector("[data-action=\"" + action + "\"]");
    if (e != null) {
      LiveElement.of(e).focus();
    }
  }

  private static LiveElement button(String action, String label, Runnable onClick) {
    LiveElement b = Nodes.text("button", null, label);
    b.setAttribute("type", "button");
    b.setAttribute("data-action", action);
    b.addEventListener("click", event -> onClick.run());
    return b;
  }

  private static void ask(String type, Map<String, String> members, Consumer<ModerationReply> done) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("worthit", new JsonValue.Str(type));
    if (members != null) {
      members.forEach((name, value) -> m.put(name, new JsonValue.Str(value)));
    }
    WorkerMessage.send(JsonWriter.write(new JsonValue.Obj(m)), text -> done.accept(ModerationReply.of(text)));
  }

  /** The page's visible text as the organiser sees it now (our shadow roots are not part of it). */
  @JSBody(script = "return document.body ? document.body.innerText : '';")
  private static native String pageText();
}
