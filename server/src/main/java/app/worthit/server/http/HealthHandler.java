package app.worthit.server.http;

import io.javalin.http.Context;

/** {@code /health}: answers while the server runs; the trivial reference endpoint of the benchmark. */
public final class HealthHandler {
  /** GET: {@code {"status":"ok"}}. */
  public void health(Context ctx) {
    ctx.status(200).contentType("application/json").result("{\"status\":\"ok\"}");
  }
}
