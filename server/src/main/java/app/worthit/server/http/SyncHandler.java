package app.worthit.server.http;

import app.worthit.server.auth.Principal;
import app.worthit.server.sync.SyncService;
import app.worthit.sync.SyncJson;
import app.worthit.sync.SyncRequest;
import io.javalin.http.Context;

/** {@code /api/v1/sync}: push changes and pull what changed since the cursor, in one round trip. */
public final class SyncHandler {
  private final SyncService sync;
  private final Callers callers;

  public SyncHandler(SyncService sync, Callers callers) {
    this.sync = sync;
    this.callers = callers;
  }

  /** POST {@code {cursor, changes}}: a batch is validated whole before anything is applied. */
  public void sync(Context ctx) {
    Principal who = callers.require(ctx);
    SyncRequest request = SyncJson.request(RequestBody.json(ctx));
    String body = SyncPageJson.write(sync.sync(who, request));
    ctx.status(200).contentType("application/json").result(body);
  }
}
