package app.worthit.extension.sync;

/** The sync server's base address as the user typed it, checked and without a trailing slash. */
public final class ServerAddress {
  /** Used until the user sets another. */
  public static final String DEFAULT = "http://localhost:7070";

  private ServerAddress() {}

  /** The normalised address, or an IllegalArgumentException saying what is wrong with it. */
  public static String normalize(String typed) {
    String s = typed == null ? "" : typed.trim();
    if (s.isEmpty()) {
      return DEFAULT;
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    String lower = s.toLowerCase();
    int scheme = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
    if (scheme < 0) {
      throw new IllegalArgumentException("The server address must start with http:// or https://");
    }
    String rest = s.substring(scheme);
    if (rest.isEmpty() || rest.indexOf('/') >= 0 || rest.indexOf('?') >= 0 || rest.indexOf('#') >= 0
        || rest.indexOf('@') >= 0 || rest.indexOf(' ') >= 0) {
      throw new IllegalArgumentException("The server address must be just a scheme, a host and an optional port, "
          + "like " + DEFAULT);
    }
    return lower.substring(0, scheme) + rest;
  }

  /** The permission pattern that lets the extension call the server (Chrome ignores the port). */
  public static String permissionPattern(String address) {
    String hostPort = address.substring(address.indexOf("://") + 3);
    int colon = hostPort.lastIndexOf(':');
    String host = colon > 0 && hostPort.indexOf(']') < colon ? hostPort.substring(0, colon) : hostPort;
    return address.substring(0, address.indexOf("://") + 3) + host + "/*";
  }
}
