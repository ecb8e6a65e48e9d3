package app.worthit.extension.moderation;

import app.worthit.json.JsonValue;
import app.worthit.model.CorrectedFields;
import app.worthit.model.Correction;
import app.worthit.model.Recurrence;
import app.worthit.wire.CorrectionJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The correction form as typed: per rule "applies", "not" or "" (leave as is); price, attendee count
 * as text ("" leaves them); online "online", "in-person" or ""; a recurrence wire name or ""; and the
 * explanation. The content script sends it to the worker as typed ({@link #fromForm}); the worker
 * turns it into the body of POST /api/v1/corrections ({@link #request}), so the page's script stays small.
 */
public record CorrectionDraft(String key, String groupKey, Map<String, String> rules, String price,
    String online, String recurrence, String attendees, String explanation) {
  /** The form value of a rule that applies. */
  public static final String APPLIES = "applies";
  /** The form value of a rule that does not apply. */
  public static final String NOT = "not";
  /** The form value of an online event. */
  public static final String ONLINE = "online";
  /** The form value of an in-person event. */
  public static final String IN_PERSON = "in-person";

  /**
   * The draft from the form message {"key", "groupKey"?, "rules": {id: choice}, "price", "online",
   * "recurrence", "attendees", "explanation"}; missing texts are empty, rule ids are checked by the server.
   */
  public static CorrectionDraft fromForm(JsonValue form) {
    Map<String, String> rules = new LinkedHashMap<>();
    JsonValue.Obj chosen = form.path("rules").asObj();
    if (chosen != null) {
      chosen.members().forEach((id, value) -> rules.put(id, value.asString() == null ? "" : value.asString()));
    }
    return new CorrectionDraft(text(form, "key"), form.path("groupKey").asString(), rules, text(form, "price"),
        text(form, "online"), text(form, "recurrence"), text(form, "attendees"), text(form, "explanation"));
  }

  private static String text(JsonValue form, String name) {
    String value = form.path(name).asString();
    return value == null ? "" : value;
  }

  /** The request body; throws IllegalArgumentException with a sentence for the user when the form is not ready. */
  public JsonValue.Obj request() {
    String why = explanation == null ? "" : explanation.trim();
    if (why.isEmpty() || why.length() > Correction.MAX_EXPLANATION) {
      throw new IllegalArgumentException("Explain the correction in 1 to " + Correction.MAX_EXPLANATION + " characters.");
    }
    Map<String, Boolean> chosen = new LinkedHashMap<>();
    rules.forEach((id, value) -> {
      if (APPLIES.equals(value) || NOT.equals(value)) {
        chosen.put(id, APPLIES.equals(value));
      }
    });
    Boolean isOnline = ONLINE.equals(online) ? Boolean.TRUE : IN_PERSON.equals(online) ? Boolean.FALSE : null;
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("The page names no group or event to correct.");
    }
    Recurrence repeats = recurrence == null || recurrence.isEmpty() ? null : Recurrence.fromWire(recurrence);
    CorrectedFields fields = new CorrectedFields(cents(price), repeats, count(attendees), isOnline);
    if (chosen.isEmpty() && fields.isEmpty()) {
      throw new IllegalArgumentException("Choose at least one rule or fact to correct.");
    }
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("key", new JsonValue.Str(key));
    if (groupKey != null) {
      m.put("groupKey", new JsonValue.Str(groupKey));
    }
    m.put("rules", CorrectionJson.rulesJson(chosen));
    m.put("fields", CorrectionJson.fieldsJson(fields));
    m.put("explanation", new JsonValue.Str(why));
    return new JsonValue.Obj(m);
  }

  /** A price such as "0", "15" or "12.50" in cents; empty is null (leave as is). */
  static Integer cents(String text) {
    String t = text == null ? "" : text.trim();
    if (t.isEmpty()) {
      return null;
    }
    int dot = t.indexOf('.');
    String whole = dot < 0 ? t : t.substring(0, dot);
    String part = dot < 0 ? "" : t.substring(dot + 1);
    if (whole.isEmpty() || !digits(whole, 7) || part.length() > 2 || (!part.isEmpty() && !digits(part, 2))) {
      throw new IllegalArgumentException("Write the entry price as a number such as 0 (free), 15 or 12.50.");
    }
    int frac = part.isEmpty() ? 0 : Integer.parseInt(part) * (part.length() == 1 ? 10 : 1);
    return Integer.parseInt(whole) * 100 + frac;
  }

  /** A whole count; empty is null (leave as is). */
  static Integer count(String text) {
    String t = text == null ? "" : text.trim();
    if (t.isEmpty()) {
      return null;
    }
    if (!digits(t, 9)) {
      throw new IllegalArgumentException("Write the attendee count as a whole number.");
    }
    return Integer.parseInt(t);
  }

  private static boolean digits(String s, int max) {
    if (s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
