package app.worthit.server;

import app.worthit.server.app.ServerSettings;
import app.worthit.server.app.WorthItServer;
import app.worthit.server.limits.RateLimits;
import java.nio.file.Path;

/** A real server on a random loopback port over a real SQLite file in a test's temporary folder. */
public final class TestServer implements AutoCloseable {
  private final WorthItServer server;
  private final Api api;

  private TestServer(WorthItServer server) {
    this.server = server;
    this.api = new Api("http://127.0.0.1:" + server.port());
  }

  /** Started with rate limits off, so only the tests about limits meet them. */
  public static TestServer start(Path dir) throws Exception {
    return start(dir, RateLimits.NONE);
  }

  public static TestServer start(Path dir, RateLimits limits) throws Exception {
    return new TestServer(WorthItServer.start(ServerSettings.forTest(dir.resolve("worthit.db").toString(), limits)));
  }

  public Api api() {
    return api;
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
