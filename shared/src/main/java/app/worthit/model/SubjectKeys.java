package app.worthit.model;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subject keys derived from URLs, never from titles: {@code meetup:event:<id>},
 * {@code meetup:group:<urlname>}, {@code eventbrite:event:<id>}, {@code eventbrite:organizer:<id>}.
 */
public final class SubjectKeys {
  private static final Pattern MEETUP_HOST = Pattern.compile("^(www\\.|[a-z]{2}\\.)?meetup\\.com$");
  // eventbrite.com, .ca, .co.uk, .com.au, .de, ... : any country domain of the site.
  private static final Pattern EVENTBRITE_HOST =
      Pattern.compile("^(www\\.)?eventbrite\\.(com|[a-z]{2}|co\\.[a-z]{2}|com\\.[a-z]{2})$");
  private static final Pattern LOCALE = Pattern.compile("^[a-z]{2}-[A-Z]{2}$");
  private static final Pattern MEETUP_EVENT_ID = Pattern.compile("^([0-9]+|[a-z]{10,})$");
  private static final Pattern URLNAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]*$");
  private static final Pattern TRAILING_ID = Pattern.compile("(?:^|-)([0-9]{5,})$");
  // First path segments of meetup.com that are site pages, not group urlnames.
  private static final Set<String> MEETUP_RESERVED = Set.of(
      "find", "topics", "cities", "login", "register", "apps", "pro", "lp", "blog", "help",
      "account", "messages", "notifications", "home", "create", "meetup-pro", "members", "about",
      "terms", "privacy", "cookie-policy", "start", "search", "events", "your-events", "media",
      "api", "gql", "mu_static", "images", "_next", "static", "careers", "online",
      "categories", "how-to-meetup", "how-to-group-start", "sitemap", "plus", "subscriptions",
      "payments", "support", "legal", "newsroom", "jobs", "feedback", "pricing", "discover");
  private static final Set<String> MEETUP_EVENT_WORDS = Set.of(
      "past", "upcoming", "calendar", "ical", "draft", "drafts", "create", "rss", "photos");

  private SubjectKeys() {}

  /** The subject key of an event, group or organizer URL, or null when the URL is none of these. */
  public static String fromUrl(String url) {
    String host = Urls.host(url);
    if (host == null) {
      return null;
    }
    String[] segments = segments(Urls.path(url));
    if (MEETUP_HOST.matcher(host).matches()) {
      return meetup(segments);
    }
    if (EVENTBRITE_HOST.matcher(host).matches()) {
      return eventbrite(segments);
    }
    return null;
  }

  /** The source a URL belongs to. */
  public static Source sourceOf(String url) {
    String host = Urls.host(url);
    if (host != null && MEETUP_HOST.matcher(host).matches()) {
      return Source.MEETUP;
    }
    if (host != null && EVENTBRITE_HOST.matcher(host).matches()) {
      return Source.EVENTBRITE;
    }
    return Source.OTHER;
  }

  /** True for a key naming a single event rather than a group or organizer. */
  public static boolean isEvent(String key) {
    return key != null && (key.startsWith("meetup:event:") || key.startsWith("eventbrite:event:"));
  }

  /** True for a key naming a group or organizer. */
  public static boolean isGroup(String key) {
    return key != null && (key.startsWith("meetup:group:") || key.startsWith("eventbrite:organizer:"));
  }

  private static String meetup(String[] s) {
    int i = 0;
    if (s.length > 0 && LOCALE.matcher(s[0]).matches()) {
      i = 1;
    }
    if (s.length <= i) {
      return null;
    }
    String urlname = s[i];
    if (MEETUP_RESERVED.contains(urlname.toLowerCase()) || !URLNAME.matcher(urlname).matches()) {
      return null;
    }
    if (s.length > i + 2 && s[i + 1].equals("events")) {
      String id = s[i + 2];
      if (!MEETUP_EVENT_WORDS.contains(id) && MEETUP_EVENT_ID.matcher(id).matches()) {
        return "meetup:event:" + id;
      }
    }
    return "meetup:group:" + urlname.toLowerCase();
  }

  private static String eventbrite(String[] s) {
    if (s.length < 2) {
      return null;
    }
    String kind = s[0];
    if (!kind.equals("e") && !kind.equals("o")) {
      return null;
    }
    Matcher m = TRAILING_ID.matcher(s[1]);
    if (!m.find()) {
      return null;
    }
    return (kind.equals("e") ? "eventbrite:event:" : "eventbrite:organizer:") + m.group(1);
  }

  private static String[] segments(String path) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (String p : path.split("/")) {
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out.toArray(new String[0]);
  }
}
