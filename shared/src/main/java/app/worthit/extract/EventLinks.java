package app.worthit.extract;

import app.worthit.model.SubjectKeys;
import app.worthit.model.Urls;
import java.util.regex.Pattern;

/** Links that open a single event: Meetup {@code /<group>/events/<id>}, Eventbrite {@code /e/...-tickets-<id>}. */
final class EventLinks {
  private static final Pattern MEETUP_PATH =
      Pattern.compile("^(/[a-z]{2}-[A-Z]{2})?/[A-Za-z0-9_-]+/events/[0-9a-z]+/?$");
  private static final Pattern EVENTBRITE_PATH = Pattern.compile("^/e/[^/]+/?$");
  private static final Pattern EVENT_LIKE = Pattern.compile("/events/[0-9]+|/e/[^/?#]*[0-9]{5,}");

  private EventLinks() {}

  /** The event key of an href (resolved against base) when it links to an event itself, else null. */
  static String key(String href, String base) {
    String url = url(href, base);
    String key = url == null ? null : SubjectKeys.fromUrl(url);
    if (!SubjectKeys.isEvent(key)) {
      return null;
    }
    String path = Urls.path(url);
    Pattern shape = key.startsWith("meetup:") ? MEETUP_PATH : EVENTBRITE_PATH;
    return shape.matcher(path).matches() ? key : null;
  }

  /** The absolute URL of an href; protocol-relative links get https when the base is unknown. */
  static String url(String href, String base) {
    if (base == null && href != null && href.trim().startsWith("//")) {
      return "https:" + href.trim();
    }
    return Urls.resolve(base, href);
  }

  /** True for an href that looks like an event link even when it cannot be resolved. */
  static boolean looksLikeEvent(String href) {
    return href != null && EVENT_LIKE.matcher(href).find();
  }
}
