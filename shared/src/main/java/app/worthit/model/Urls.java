package app.worthit.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small, TeaVM-safe URL handling: just what extraction and subject keys need. */
public final class Urls {
  private static final Pattern ABSOLUTE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
  private static final Pattern ORIGIN = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*)");

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
    Matcher scheme = ABSOLUTE.matcher(h);
    if (scheme.find()) {
      String s = scheme.group(1).toLowerCase();
      return s.equals("http") || s.equals("https") ? h : null;
    }
    if (base == null || !isHttp(base)) {
      return null;
    }
    if (h.startsWith("//")) {
      return base.substring(0, base.indexOf(':') + 1) + h;
    }
    Matcher origin = ORIGIN.matcher(base);
    if (!origin.find()) {
      return null;
    }
    if (h.startsWith("/")) {
      return origin.group(1) + h;
    }
    String path = withoutQuery(base).substring(origin.group(1).length());
    if (h.startsWith("?")) {
      return origin.group(1) + (path.isEmpty() ? "/" : path) + h;
    }
    int slash = path.lastIndexOf('/');
    String dir = slash < 0 ? "/" : path.substring(0, slash + 1);
    return origin.group(1) + normalisePath(dir + h);
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
    Matcher origin = ORIGIN.matcher(url);
    if (!origin.find()) {
      return null;
    }
    String authority = origin.group(1).substring(origin.group(1).indexOf("//") + 2);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      authority = authority.substring(at + 1);
    }
    int colon = authority.indexOf(':');
    return (colon >= 0 ? authority.substring(0, colon) : authority).toLowerCase();
  }

  /** The path of an absolute URL ("/" when empty), without query or fragment. */
  public static String path(String url) {
    Matcher origin = ORIGIN.matcher(url);
    if (!origin.find()) {
      return "/";
    }
    String path = withoutQuery(url).substring(origin.group(1).length());
    return path.isEmpty() ? "/" : path;
  }

  private static String normalisePath(String path) {
    String[] parts = path.split("/", -1);
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      boolean last = i == parts.length - 1;
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
}
