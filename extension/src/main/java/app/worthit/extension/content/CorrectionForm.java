package app.worthit.extension.content;

import app.worthit.extension.dom.LiveElement;
import app.worthit.extension.moderation.CorrectionDraft;
import app.worthit.extension.moderation.ModerationReply;
import app.worthit.extension.sync.WorkerMessage;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.rules.Rule;
import app.worthit.rules.Rules;
import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.jso.dom.xml.Element;

/**
 * The correction form of one group or event, folded in a details element: per rule applies / does
 * not apply / leave as is, the facts, an explanation. A verified organiser's correction applies at
 * once; anyone else's is a suggestion for review.
 */
final class CorrectionForm {
  private static final String[][] RULE_CHOICES = {{"", "leave as is"}, {CorrectionDraft.APPLIES, "applies"},
      {CorrectionDraft.NOT, "does not apply"}};
  private static final String[][] ONLINE_CHOICES = {{"", "leave as is"}, {CorrectionDraft.ONLINE, "online"},
      {CorrectionDraft.IN_PERSON, "in person"}};
  private static final String[][] RECURRENCE_CHOICES = {{"", "leave as is"}, {"none", "once"}, {"weekly", "weekly"},
      {"biweekly", "every two weeks"}, {"monthly", "monthly"}, {"irregular", "irregularly"}};

  private final String key;
  private final String groupKey;
  private final boolean group;
  private final Runnable applied;
  private final LiveElement box = Nodes.element("details", "fix");
  private final LiveElement summary = Nodes.element("summary", null);
  private final LiveElement send = Nodes.element("button", null);
  private final LiveElement status = Nodes.element("p", "status");

  CorrectionForm(String key, String groupKey, Runnable applied) {
    this.key = key;
    this.groupKey = groupKey;
    this.group = key.equals(groupKey);
    this.applied = applied;
    summary.setAttribute("data-action", "fix");
    box.appendChild(summary);
    LiveElement rules = fieldset("Does the rule apply?");
    for (Rule r : Rules.ALL) {
      String id = r.id().id();
      rules.appendChild(choice("rule-" + id, id.replace('-', ' '), RULE_CHOICES));
    }
    box.appendChild(rules);
    LiveElement facts = fieldset("Facts");
    facts.appendChild(input("fix-price", "Entry price (0: free)"));
    facts.appendChild(choice("fix-online", "Where", ONLINE_CHOICES));
    facts.appendChild(choice("fix-recurrence", "How often", RECURRENCE_CHOICES));
    facts.appendChild(input("fix-attendees", "Usual number of attendees"));
    box.appendChild(facts);
    LiveElement label = Nodes.text("label", null, "Explanation, shown to everyone (required, up to 500 characters)");
    label.setAttribute("for", "fix-explanation");
    LiveElement area = Nodes.element("textarea", null);
    area.setAttribute("id", "fix-explanation");
    area.setAttribute("maxlength", "500");
    area.setAttribute("required", "");
    box.appendChild(label);
    box.appendChild(area);
    send.setAttribute("type", "button");
    send.setAttribute("data-action", "send-fix");
    send.addEventListener("click", event -> submit());
    box.appendChild(send);
    status.setAttribute("role", "status");
    box.appendChild(status);
    setModerator(false);
  }

  /** The form's element. */
  LiveElement element() {
    return box;
  }

  /** Titles the form for the group's verified organiser (applied at once) or anyone else (a suggestion). */
  void setModerator(boolean moderator) {
    summary.setTextContent(!moderator ? "Suggest a correction" : group ? "Correct this group's facts" : "Correct this event's facts");
    send.setTextContent(moderator ? "Apply the correction" : "Send the suggestion");
  }

  /** Sends the form as typed; the worker checks it and builds the request (see CorrectionDraft). */
  private void submit() {
    Map<String, JsonValue> rules = new LinkedHashMap<>();
    for (Rule r : Rules.ALL) {
      rules.put(r.id().id(), new JsonValue.Str(value("rule-" + r.id().id())));
    }
    Map<String, JsonValue> form = new LinkedHashMap<>();
    form.put("key", new JsonValue.Str(key));
    if (!group && groupKey != null) {
      form.put("groupKey", new JsonValue.Str(groupKey));
    }
    form.put("rules", new JsonValue.Obj(rules));
    for (String name : new String[] {"price", "online", "recurrence", "attendees", "explanation"}) {
      form.put(name, new JsonValue.Str(value("fix-" + name)));
    }
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("worthit", new JsonValue.Str("correct"));
    m.put("form", new JsonValue.Obj(form));
    show("sending", "Sending\u2026");
    WorkerMessage.send(JsonWriter.write(new JsonValue.Obj(m)), text -> answered(ModerationReply.of(text)));
  }

  private void answered(ModerationReply reply) {
    if (!reply.connected()) {
      show("error", OrganiserPanel.CONNECT_FIRST);
    } else if (!reply.ok()) {
      show("error", reply.error());
    } else if ("applied".equals(reply.body().path("status").asString())) {
      show("applied", "Applied: everyone's verdict now follows your correction.");
      applied.run();
    } else {
      show("pending", "Sent for review: an admin will look at your suggestion.");
    }
  }

  private void show(String state, String text) {
    status.setAttribute("data-fix-status", state);
    status.setTextContent(text);
  }

  private String value(String id) {
    Element e = box.querySelector("#" + id);
    return e == null ? "" : NoteField.value(e);
  }

  private static LiveElement fieldset(String legend) {
    LiveElement set = Nodes.element("fieldset", null);
    set.appendChild(Nodes.text("legend", null, legend));
    return set;
  }

  private static LiveElement choice(String id, String label, String[][] options) {
    LiveElement select = Nodes.element("select", null);
    select.setAttribute("id", id);
    for (String[] o : options) {
      LiveElement option = Nodes.text("option", null, o[1]);
      option.setAttribute("value", o[0]);
      select.appendChild(option);
    }
    return row(id, label, select);
  }

  private static LiveElement input(String id, String label) {
    LiveElement field = Nodes.element("input", null);
    field.setAttribute("id", id);
    field.setAttribute("inputmode", "decimal");
    field.setAttribute("placeholder", "leave as is");
    return row(id, label, field);
  }

  private static LiveElement row(String id, String label, LiveElement control) {
    LiveElement row = Nodes.element("div", "row");
    LiveElement l = Nodes.text("label", null, label);
    l.setAttribute("for", id);
    row.appendChild(l);
    row.appendChild(control);
    return row;
  }
}
