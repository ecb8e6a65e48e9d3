package app.worthit.server;

import app.worthit.server.app.ServerSettings;
import app.worthit.server.app.WorthItServer;
import app.worthit.server.community.VoteRules;
import app.worthit.server.limits.RateLimits;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * A real server on a random loopback port over a real database made for the test: an SQLite file
 * in the test's temporary folder, or a fresh PostgreSQL schema.
 */
public final class TestServer implements AutoCloseable {
  private final WorthItServer server;
  private final TestDatabase database;
  private final RateLimits limits;
  private final VoteRules votes;
  private final LongSupplier clock;
  private final boolean ownsDatabase;
  private final Api api;

  private TestServer(WorthItServer server, TestDatabase database, RateLimits limits, VoteRules votes, LongSupplier clock,
      boolean ownsDatabase) {
    this.server = server;
    this.database = database;
    this.limits = limits;
    this.votes = votes;
    this.clock = clock;
    this.ownsDatabase = ownsDatabase;
    this.api = new Api("http://127.0.0.1:" + server.port());
  }

  /** On a new SQLite file in {@code dir}, with rate limits off. */
  public static TestServer start(Path dir) throws Exception {
    return start(Engine.SQLITE, dir, RateLimits.NONE);
  }

  /** On a new SQLite file in {@code dir}. */
  public static TestServer start(Path dir, RateLimits limits) throws Exception {
    return start(Engine.SQLITE, dir, limits);
  }

  /** On a new database of {@code engine}, with rate limits off so only the tests about limits meet them. */
  public static TestServer start(Engine engine, Path dir) throws Exception {
    return start(engine, dir, RateLimits.NONE);
  }

  /** On a new database of {@code engine}, removed again when this server closes. */
  public static TestServer start(Engine engine, Path dir, RateLimits limits) throws Exception {
    return start(engine, dir, limits, VoteRules.NONE, System::currentTimeMillis);
  }

  /** As {@link #start(Engine, Path, RateLimits)}, with these vote rules on the test's own wall clock. */
  public static TestServer start(Engine engine, Path dir, RateLimits limits, VoteRules votes, LongSupplier clock) throws Exception {
    TestDatabase database = engine.create(dir);
    try {
      return launch(database, limits, votes, clock, true);
    } catch (Exception | Error e) {
      database.close();
      throw e;
    }
  }

  /**
   * Another server instance on a database that outlives it, as several instances share one in
   * production, serving community aggregates of a shared database from memory for at most {@code communityMaxAgeMillis}.
   */
  public static TestServer on(TestDatabase database, long communityMaxAgeMillis) throws Exception {
    return on(database, communityMaxAgeMillis, VoteRules.NONE, System::currentTimeMillis);
  }

  /** As {@link #on(TestDatabase, long)}, with these vote rules on this wall clock. */
  public static TestServer on(TestDatabase database, long communityMaxAgeMillis, VoteRules votes, LongSupplier clock) throws Exception {
    ServerSettings test = ServerSettings.forTest(database.url(), RateLimits.NONE);
    ServerSettings settings = new ServerSettings(test.host(), test.port(), test.db(), test.readers(), test.limits(), communityMaxAgeMillis)
        .with(votes, clock);
    return new TestServer(WorthItServer.start(settings), database, RateLimits.NONE, votes, clock, false);
  }

  /** Stops this server (gracefully) and starts a new one on the same database. */
  public TestServer restart() throws Exception {
    server.close();
    return launch(database, limits, votes, clock, ownsDatabase);
  }

  private static TestServer launch(TestDatabase database, RateLimits limits, VoteRules votes, LongSupplier clock, boolean owns)
      throws Exception {
    ServerSettings settings = ServerSettings.forTest(database.url(), limits).with(votes, clock);
    return new TestServer(WorthItServer.start(settings), database, limits, votes, clock, owns);
  }

  public Api api() {
    return api;
  }

  /** The database under this server. */
  public TestDatabase database() {
    return database;
  }

  @Override
  public void close() throws Exception {
    try {
      server.close();
    } finally {
      if (ownsDatabase) {
        database.close();
      }
    }
  }
}
