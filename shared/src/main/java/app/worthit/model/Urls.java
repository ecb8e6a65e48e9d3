package app.worthit.model;

import app.worthit.text.Split;
import java.util.ArrayList;
import java.util.List;

/**
 * Small, TeaVM-safe URL handling: just what extraction and subject keys need. Plain character
 * scanning rather than regular expressions, which are slow in the JavaScript build.
 */
public final class Urls {

  private Urls() {}

  /** The href resolved against the base address; null when it cannot be (or is not http(s)). */
  public static String resolve(String base, String href) {
    if (href == null) {
      return null;
    }
    String h = href.trim();
    if (h.isEmpty() || h.startsWith("#")) {
      return null;
    }
    String scheme = scheme(h);
    if (scheme != null) {
      String s = scheme.toLowerCase();
      return s.equals("http") || s.equals("https") ? h : null;
    }
    if (base == null || !isHttp(base)) {
      return null;
    }
    if (h.startsWith("//")) {
      return base.substring(0, base.indexOf(':') + 1) + h;
    }
    String origin = origin(base);
    if (origin == null) {
      return null;
    }
    if (h.startsWith("/")) {
      return origin + h;
    }
    String path = withoutQuery(base).substring(origin.length());
    if (h.startsWith("?")) {
      return origin + (path.isEmpty() ? "/" : path) + h;
    }
    int slash = path.lastIndexOf('/');
    String dir = slash < 0 ? "/" : path.substring(0, slash + 1);
    return origin + normalisePath(dir + h);
  }

  /** The URL without its query string and fragment. */
  public static String withoutQuery(String url) {
    int cut = url.length();
    int q = url.indexOf('?');
    int f = url.indexOf('#');
    if (q >= 0) {
      cut = q;
    }
    if (f >= 0 && f < cut) {
      cut = f;
    }
    return url.substring(0, cut);
  }

  /** True for an absolute http or https URL with a host. */
  public static boolean isHttp(String url) {
    if (url == null) {
      return false;
    }
    String u = url.toLowerCase();
    return (u.startsWith("http://") && u.length() > 7) || (u.startsWith("https://") && u.length() > 8);
  }

  /** The lowercase host of an absolute URL, or null. */
  public static String host(String url) {
    if (!isHttp(url)) {
      return null;
    }
    String origin = origin(url);
    if (origin == null) {
      return null;
    }
    String authority = origin.substring(origin.indexOf("//") + 2);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      authority = authority.substring(at + 1);
    }
    int colon = authority.indexOf(':');
    return (colon >= 0 ? authority.substring(0, colon) : authority).toLowerCase();
  }

  /** The path of an absolute URL ("/" when empty), without query or fragment. */
  public static String path(String url) {
    String origin = origin(url);
    if (origin == null) {
      return "/";
    }
    String path = withoutQuery(url).substring(origin.length());
    return path.isEmpty() ? "/" : path;
  }

  private static String normalisePath(String path) {
    List<String> parts = Split.onKeepingEmpty(path, '/');
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      boolean last = i == parts.size() - 1;
      if (p.equals(".")) {
        if (last) {
          out.add("");
        }
      } else if (p.equals("..")) {
        if (out.size() > 1) {
          out.remove(out.size() - 1);
        }
        if (last) {
          out.add("");
        }
      } else {
        out.add(p);
      }
    }
    return String.join("/", out);
  }

  /** The scheme before the first ':' when the text starts with a valid one, else null. */
  private static String scheme(String s) {
    if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
      return null;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return s.substring(0, i);
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
        return null;
      }
    }
    return null;
  }

  /** "scheme://authority" of an absolute URL with "//", else null. */
  private static String origin(String url) {
    String scheme = scheme(url);
    if (scheme == null || !url.startsWith("//", scheme.length() + 1)) {
      return null;
    }
    int i = scheme.length() + 3;
    while (i < url.length()) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        break;
      }
      i++;
    }
    return url.substring(0, i);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
