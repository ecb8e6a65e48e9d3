package app.worthit.server.app;

import app.worthit.server.limits.RateLimits;

/** How to run the server: where to listen, which database, how many readers, which rate limits. */
public record ServerSettings(String host, int port, String db, int readers, RateLimits limits) {
  /** Loopback-only settings on a random free port, for tests. */
  public static ServerSettings forTest(String db, RateLimits limits) {
    return new ServerSettings("127.0.0.1", 0, db, 4, limits);
  }
}
