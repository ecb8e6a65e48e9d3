package app.worthit.server.http;

import app.worthit.json.JsonValue;
import java.util.regex.Pattern;

/** Validation of the moderation requests' fields: subject keys in their canonical form, plain text. */
final class ModerationFields {
  /** Longest explanation or dispute reason. */
  static final int MAX_TEXT = 500;
  /** Longest page URL of a claim proof. */
  static final int MAX_URL = 2048;
  /** Most characters of page text a claim proof may carry. */
  static final int MAX_PAGE_TEXT = 200_000;

  // Canonical keys as SubjectKeys derives them from URLs: Meetup urlnames lowercased.
  private static final Pattern GROUP_KEY = Pattern.compile("^(meetup:group:[a-z0-9][a-z0-9_-]{0,99}|eventbrite:organizer:[0-9]{1,30})$");
  private static final Pattern EVENT_KEY = Pattern.compile("^(meetup:event:([0-9]{1,30}|[a-z]{10,40})|eventbrite:event:[0-9]{1,30})$");

  private ModerationFields() {}

  /** A required group key ({@code meetup:group:} or {@code eventbrite:organizer:}). */
  static String groupKey(JsonValue.Obj body, String name) {
    String key = Fields.requiredString(body, name, 200);
    if (!GROUP_KEY.matcher(key).matches()) {
      throw Problem.invalid(name + " must be a group key such as meetup:group:<urlname> or eventbrite:organizer:<id>");
    }
    return key;
  }

  /** A required group or event key. */
  static String subjectKey(JsonValue.Obj body, String name) {
    String key = Fields.requiredString(body, name, 200);
    if (!GROUP_KEY.matcher(key).matches() && !EVENT_KEY.matcher(key).matches()) {
      throw Problem.invalid(name + " must be a group or event key such as meetup:group:<urlname> or meetup:event:<id>");
    }
    return key;
  }

  /** A required plain text of 1 to {@code max} characters with no control characters but line breaks and tabs. */
  static String text(JsonValue.Obj body, String name, int max) {
    String s = Fields.requiredString(body, name, max);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
        throw Problem.invalid(name + " must be plain text without control characters");
      }
    }
    return s;
  }

  /** An optional reason for an admin decision (absent: none). */
  static String optionalReason(JsonValue.Obj body) {
    return body.get("reason").isNull() ? null : text(body, "reason", MAX_TEXT);
  }
}
