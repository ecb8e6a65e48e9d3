package app.worthit.server.sync;

import app.worthit.model.SubjectKeys;
import app.worthit.server.http.Problem;
import app.worthit.sync.Change;
import app.worthit.sync.RecordKind;
import java.util.List;

/**
 * Ratings, attendances and notes are about a subject: their key must be one the shared
 * {@link SubjectKeys} grammar gives for a URL (a profile keeps its one key, checked by {@link Change}).
 * A key is valid when the canonical URL it names maps back to exactly that key.
 */
final class RecordKeys {
  private RecordKeys() {}

  /** Refuses the whole batch at the first change whose key is not a subject key, naming it. */
  static void check(List<Change> changes) {
    for (int i = 0; i < changes.size(); i++) {
      Change c = changes.get(i);
      if (c.kind() != RecordKind.PROFILE && !isSubjectKey(c.key())) {
        throw Problem.invalid("changes[" + i + "].key: a " + c.kind().wireName()
            + " needs a subject key such as meetup:event:<id>, meetup:group:<name>, eventbrite:event:<id> or eventbrite:organizer:<id>");
      }
    }
  }

  static boolean isSubjectKey(String key) {
    String url = canonicalUrl(key);
    return url != null && key.equals(SubjectKeys.fromUrl(url));
  }

  private static String canonicalUrl(String key) {
    if (key.startsWith("meetup:event:")) {
      return "https://www.meetup.com/g/events/" + key.substring("meetup:event:".length()) + "/";
    }
    if (key.startsWith("meetup:group:")) {
      return "https://www.meetup.com/" + key.substring("meetup:group:".length()) + "/";
    }
    if (key.startsWith("eventbrite:event:")) {
      return "https://www.eventbrite.com/e/" + key.substring("eventbrite:event:".length());
    }
    if (key.startsWith("eventbrite:organizer:")) {
      return "https://www.eventbrite.com/o/" + key.substring("eventbrite:organizer:".length());
    }
    return null;
  }
}
