package app.worthit.server.app;

import app.worthit.server.community.VoteRules;
import app.worthit.server.limits.RateLimits;
import java.util.function.LongSupplier;

/**
 * How to run the server: where to listen, which database, how many readers, which rate limits, for
 * how long community aggregates read from a shared (PostgreSQL) database may be served from memory,
 * when votes count, and the wall clock (epoch millis) that accounts, codes and votes are dated by.
 */
public record ServerSettings(String host, int port, String db, int readers, RateLimits limits, long communityMaxAgeMillis,
    VoteRules votes, LongSupplier clock) {
  /** How long, by default, another instance's votes may take to show in this instance's lookups. */
  public static final long COMMUNITY_MAX_AGE_MILLIS = 2_000;

  /** Settings with the default vote rules on the system clock. */
  public ServerSettings(String host, int port, String db, int readers, RateLimits limits, long communityMaxAgeMillis) {
    this(host, port, db, readers, limits, communityMaxAgeMillis, VoteRules.DEFAULT, System::currentTimeMillis);
  }

  /** Settings with the default community cache age and vote rules. */
  public ServerSettings(String host, int port, String db, int readers, RateLimits limits) {
    this(host, port, db, readers, limits, COMMUNITY_MAX_AGE_MILLIS);
  }

  /** Loopback-only settings on a random free port, for tests: every vote counts from its account's first sync. */
  public static ServerSettings forTest(String db, RateLimits limits) {
    return new ServerSettings("127.0.0.1", 0, db, 4, limits).with(VoteRules.NONE, System::currentTimeMillis);
  }

  /** These settings with other vote rules and clock. */
  public ServerSettings with(VoteRules rules, LongSupplier wallClock) {
    return new ServerSettings(host, port, db, readers, limits, communityMaxAgeMillis, rules, wallClock);
  }
}
