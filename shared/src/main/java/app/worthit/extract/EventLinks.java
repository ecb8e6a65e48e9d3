package app.worthit.extract;

import app.worthit.model.SubjectKeys;
import app.worthit.model.Urls;

/** Links that open a single event: Meetup {@code /<group>/events/<id>}, Eventbrite {@code /e/...-tickets-<id>}. */
final class EventLinks {
  private EventLinks() {}

  /** The event key of an href (resolved against base) when it links to an event itself, else null. */
  static String key(String href, String base) {
    String url = url(href, base);
    String key = url == null ? null : SubjectKeys.fromUrl(url);
    if (!SubjectKeys.isEvent(key)) {
      return null;
    }
    String path = Urls.path(url);
    boolean shaped = key.startsWith("meetup:") ? isMeetupEventPath(path) : isEventbriteEventPath(path);
    return shaped ? key : null;
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
    if (href == null) {
      return false;
    }
    for (int at = href.indexOf("/events/"); at >= 0; at = href.indexOf("/events/", at + 1)) {
      if (isDigit(href, at + 8)) {
        return true;
      }
    }
    for (int at = href.indexOf("/e/"); at >= 0; at = href.indexOf("/e/", at + 1)) {
      int digits = 0;
      for (int i = at + 3; i < href.length() && "/?#".indexOf(href.charAt(i)) < 0; i++) {
        digits = isDigit(href, i) ? digits + 1 : 0;
        if (digits == 5) {
          return true;
        }
      }
    }
    return false;
  }

  // Path shapes, checked by hand rather than by regex (TeaVM's regex port is large and slow):
  // Meetup  (/xx-XX)?/<urlname of [A-Za-z0-9_-]>/events/<[0-9a-z]+>/?
  static boolean isMeetupEventPath(String path) {
    int n = path.length();
    if (n >= 7 && path.charAt(0) == '/' && isLower(path, 1) && isLower(path, 2) && path.charAt(3) == '-'
        && isUpper(path, 4) && isUpper(path, 5) && path.charAt(6) == '/' && hasMeetupRest(path, 6)) {
      return true;
    }
    return hasMeetupRest(path, 0);
  }

  private static boolean hasMeetupRest(String path, int i) {
    int n = path.length();
    if (i >= n || path.charAt(i) != '/') {
      return false;
    }
    int start = ++i;
    while (i < n && isUrlnameChar(path.charAt(i))) {
      i++;
    }
    if (i == start || !path.startsWith("/events/", i)) {
      return false;
    }
    i += 8;
    start = i;
    while (i < n && (isDigit(path, i) || isLower(path, i))) {
      i++;
    }
    return i > start && (i == n || (i == n - 1 && path.charAt(i) == '/'));
  }

  // Eventbrite  /e/<anything but '/'>/?
  static boolean isEventbriteEventPath(String path) {
    if (!path.startsWith("/e/")) {
      return false;
    }
    int slash = path.indexOf('/', 3);
    int end = slash < 0 ? path.length() : slash;
    return end > 3 && (slash < 0 || slash == path.length() - 1);
  }

  private static boolean isUrlnameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }

  private static boolean isDigit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  private static boolean isLower(String s, int i) {
    return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
  }

  private static boolean isUpper(String s, int i) {
    return i < s.length() && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z';
  }
}
