package app.worthit.server.moderation;

import app.worthit.server.Api;
import app.worthit.server.Engine;
import app.worthit.server.Moderation;
import app.worthit.server.TestServer;
import app.worthit.server.limits.RateLimits;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A real server over a real database of each engine (SQLite file, PostgreSQL schema), an admin token
 * made by the command line on the same database, and moderation steps. Subclasses are parameterized by engine.
 */
abstract class ModerationTestBase {
  static final String GROUP_A = "meetup:group:denver-tech-founders";
  static final String GROUP_B = "meetup:group:boulder-referral-club";
  static final String EVENT_A = "meetup:event:301234567";
  static final String EVENT_B = "meetup:event:309876543";

  @Parameter
  Engine engine;

  @TempDir
  Path dir;
  TestServer server;
  Api api;
  Moderation mod;
  String admin;

  RateLimits limits() {
    return RateLimits.NONE;
  }

  @BeforeEach
  void start() throws Exception {
    server = TestServer.start(engine, dir, limits());
    api = server.api();
    mod = new Moderation(api);
    admin = Moderation.adminToken(server.database().url());
  }

  @AfterEach
  void stop() throws Exception {
    // Null when @BeforeEach aborted (no PostgreSQL reachable): the test is skipped, not an error.
    if (server != null) {
      server.close();
    }
  }
}
