package app.worthit.server.app;

import app.worthit.server.limits.RateLimits;

/**
 * How to run the server: where to listen, which database, how many readers, which rate limits, and
 * for how long community aggregates read from a shared (PostgreSQL) database may be served from memory.
 */
public record ServerSettings(String host, int port, String db, int readers, RateLimits limits, long communityMaxAgeMillis) {
  /** How long, by default, another instance's votes may take to show in this instance's lookups. */
  public static final long COMMUNITY_MAX_AGE_MILLIS = 2_000;

  /** Settings with the default community cache age. */
  public ServerSettings(String host, int port, String db, int readers, RateLimits limits) {
    this(host, port, db, readers, limits, COMMUNITY_MAX_AGE_MILLIS);
  }

  /** Loopback-only settings on a random free port, for tests. */
  public static ServerSettings forTest(String db, RateLimits limits) {
    return new ServerSettings("127.0.0.1", 0, db, 4, limits);
  }
}
