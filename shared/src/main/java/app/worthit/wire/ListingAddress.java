package app.worthit.wire;

import app.worthit.model.SubjectKeys;
import app.worthit.model.Urls;

/** What the wire format requires of a listing's URL, and the key it falls back to. */
final class ListingAddress {
  /** Longer than any real event address; keeps hostile input out of keys and logs. */
  static final int MAX_URL_LENGTH = 4096;

  private ListingAddress() {}

  /** Checks that {@code url} is an absolute http(s) address with a host, else throws. */
  static void validate(String url, String path) {
    if (url.length() > MAX_URL_LENGTH) {
      throw new WireException(path, "longer than " + MAX_URL_LENGTH + " characters");
    }
    for (int i = 0; i < url.length(); i++) {
      if (url.charAt(i) <= ' ') {
        throw new WireException(path, "white space or control character in URL");
      }
    }
    String host = Urls.host(url);
    if (host == null || host.isEmpty()) {
      throw new WireException(path, "expected an absolute http(s) URL");
    }
  }

  /**
   * The subject key of a validated URL; for addresses that are no known event, group or organizer
   * page, the stable fallback "url:" + the URL without query string and fragment.
   */
  static String key(String url) {
    String key = SubjectKeys.fromUrl(url);
    return key != null ? key : "url:" + Urls.withoutQuery(url);
  }
}
