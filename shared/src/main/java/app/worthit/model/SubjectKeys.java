package app.worthit.model;

import app.worthit.text.Split;
import java.util.List;
import java.util.Set;

/**
 * Subject keys derived from URLs, never from titles: {@code meetup:event:<id>},
 * {@code meetup:group:<urlname>}, {@code eventbrite:event:<id>}, {@code eventbrite:organizer:<id>}.
 */
public final class SubjectKeys {
  // Character scanning rather than regular expressions: this runs per link in the page's JS build.
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
    List<String> segments = Split.on(Urls.path(url), '/');
    if (isMeetupHost(host)) {
      return meetup(segments);
    }
    if (isEventbriteHost(host)) {
      return eventbrite(segments);
    }
    return null;
  }

  /** The source a URL belongs to. */
  public static Source sourceOf(String url) {
    String host = Urls.host(url);
    if (host != null && isMeetupHost(host)) {
      return Source.MEETUP;
    }
    if (host != null && isEventbriteHost(host)) {
      return Source.EVENTBRITE;
    }
    return Source.OTHER;
  }

  /** The source a subject key belongs to. */
  public static Source sourceOfKey(String key) {
    if (key.startsWith("meetup:")) {
      return Source.MEETUP;
    }
    return key.startsWith("eventbrite:") ? Source.EVENTBRITE : Source.OTHER;
  }

  /** True for a key naming a single event rather than a group or organizer. */
  public static boolean isEvent(String key) {
    return key != null && (key.startsWith("meetup:event:") || key.startsWith("eventbrite:event:"));
  }

  /** True for a key naming a group or organizer. */
  public static boolean isGroup(String key) {
    return key != null && (key.startsWith("meetup:group:") || key.startsWith("eventbrite:organizer:"));
  }

  /** meetup.com, www.meetup.com or a two-letter subdomain of it. */
  private static boolean isMeetupHost(String host) {
    if (host.equals("meetup.com") || host.equals("www.meetup.com")) {
      return true;
    }
    return host.length() == 13 && host.endsWith(".meetup.com") && lowerLetters(host, 0, 2);
  }

  /** Any country domain of Eventbrite: eventbrite.com, .ca, .de, .co.uk, .com.au, with or without www. */
  private static boolean isEventbriteHost(String host) {
    String h = host.startsWith("www.") ? host.substring(4) : host;
    if (!h.startsWith("eventbrite.")) {
      return false;
    }
    String tld = h.substring("eventbrite.".length());
    if (tld.equals("com") || (tld.length() == 2 && lowerLetters(tld, 0, 2))) {
      return true;
    }
    return (tld.length() == 5 && tld.startsWith("co.") && lowerLetters(tld, 3, 5))
        || (tld.length() == 6 && tld.startsWith("com.") && lowerLetters(tld, 4, 6));
  }

  private static String meetup(List<String> s) {
    int i = 0;
    if (!s.isEmpty() && isLocale(s.get(0))) {
      i = 1;
    }
    if (s.size() <= i) {
      return null;
    }
    String urlname = s.get(i);
    if (MEETUP_RESERVED.contains(urlname.toLowerCase()) || !isUrlname(urlname)) {
      return null;
    }
    if (s.size() > i + 2 && s.get(i + 1).equals("events")) {
      String id = s.get(i + 2);
      if (!MEETUP_EVENT_WORDS.contains(id) && isMeetupEventId(id)) {
        return "meetup:event:" + id;
      }
    }
    return "meetup:group:" + urlname.toLowerCase();
  }

  private static String eventbrite(List<String> s) {
    if (s.size() < 2) {
      return null;
    }
    String kind = s.get(0);
    if (!kind.equals("e") && !kind.equals("o")) {
      return null;
    }
    String id = trailingId(s.get(1));
    if (id == null) {
      return null;
    }
    return (kind.equals("e") ? "eventbrite:event:" : "eventbrite:organizer:") + id;
  }

  /** The run of 5 or more digits ending the slug, alone or after a '-'; else null. */
  private static String trailingId(String slug) {
    int start = slug.length();
    while (start > 0 && isDigit(slug.charAt(start - 1))) {
      start--;
    }
    if (slug.length() - start < 5 || (start > 0 && slug.charAt(start - 1) != '-')) {
      return null;
    }
    return slug.substring(start);
  }

  /** A locale prefix such as "de-DE". */
  private static boolean isLocale(String s) {
    return s.length() == 5 && lowerLetters(s, 0, 2) && s.charAt(2) == '-'
        && s.charAt(3) >= 'A' && s.charAt(3) <= 'Z' && s.charAt(4) >= 'A' && s.charAt(4) <= 'Z';
  }

  /** Digits, or ten or more lowercase letters (ids of events not yet scheduled in a series). */
  private static boolean isMeetupEventId(String id) {
    if (id.isEmpty()) {
      return false;
    }
    boolean digits = true;
    for (int k = 0; k < id.length(); k++) {
      digits &= isDigit(id.charAt(k));
    }
    return digits || (id.length() >= 10 && lowerLetters(id, 0, id.length()));
  }

  private static boolean isUrlname(String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      boolean alnum = isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!alnum && (k == 0 || (c != '_' && c != '-'))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean lowerLetters(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
