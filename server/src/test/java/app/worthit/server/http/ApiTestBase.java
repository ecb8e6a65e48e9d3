package app.worthit.server.http;

import app.worthit.server.Api;
import app.worthit.server.Engine;
import app.worthit.server.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** A real server on a fresh database of each engine per test; subclasses are parameterized by engine. */
abstract class ApiTestBase {
  @Parameter
  Engine engine;

  @TempDir
  Path dir;
  TestServer server;
  Api api;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.start(engine, dir);
    api = server.api();
  }

  @AfterEach
  void stop() throws Exception {
    // Null when @BeforeEach aborted (no PostgreSQL reachable): the test is skipped, not an error.
    if (server != null) {
      server.close();
    }
  }
}
