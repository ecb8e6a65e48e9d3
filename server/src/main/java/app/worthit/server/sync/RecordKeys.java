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
    // The usual key without building and parsing a URL (a sixth of a sync's work, measured): an
    // event id of ASCII digits, which the grammar always accepts (RecordKeysTest compares the two).
    if ((key.startsWith("meetup:event:") && digitsFrom(key, "meetup:event:".length(), 1))
        || (key.startsWith("eventbrite:event:") && digitsFrom(key, "eventbrite:event:".length(), 5))) {
      return true;
    }
    return viaUrl(key);
  }

  /** What the shared grammar says of the key: its canonical URL maps back to exactly it. */
  static boolean viaUrl(String key) {
    String url = canonicalUrl(key);
    return url != null && key.equals(SubjectKeys.fromUrl(url));
  }

  private static boolean digitsFrom(String key, int from, int least) {
    if (key.length() - from < least) {
      return false;
    }
    for (int i = from; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
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
