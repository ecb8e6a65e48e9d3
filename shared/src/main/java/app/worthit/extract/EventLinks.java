package app.worthit.extract;

import app.worthit.model.SubjectKeys;
import app.worthit.model.Urls;
import java.util.regex.Pattern;

/** Links that open a single event: Meetup {@code /<group>/events/<id>}, Eventbrite {@code /e/...-tickets-<id>}. */
final class EventLinks {
  private static final Pattern MEETUP_PATH =
      Pattern.compile("^(/[a-z]{2}-[A-Z]{2})?/[A-Za-z0-9_-]+/events/[0-9a-z]+/?$");
  private static final Pattern EVENTBRITE_PATH = Pattern.compile("^/e/[^/]+/?$");

  private EventLinks() {}

  /** The event key of an href (resolved against base) when it links to an event itself, else null. */
  static String key(String href, String base) {
    String url = Urls.resolve(base, href);
    String key = url == null ? null : SubjectKeys.fromUrl(url);
    if (!SubjectKeys.isEvent(key)) {
      return null;
    }
    String path = Urls.path(url);
    Pattern shape = key.startsWith("meetup:") ? MEETUP_PATH : EVENTBRITE_PATH;
    return shape.matcher(path).matches() ? key : null;
  }
}
