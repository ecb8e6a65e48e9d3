package app.worthit.server.auth;

import app.worthit.server.db.Database;
import app.worthit.server.db.SyncQueries;
import app.worthit.server.http.Problem;
import io.javalin.http.Context;

/** Turns an {@code Authorization: Bearer} header into a {@link Principal}, or a 401 problem. */
public final class Authenticator {
  private final Database db;

  public Authenticator(Database db) {
    this.db = db;
  }

  /** The caller, looked up by the hash of its token on every request so revocation acts at once. */
  public Principal require(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw Problem.unauthorized("send the device token as 'Authorization: Bearer <token>'");
    }
    String token = header.substring(7).strip();
    if (token.isEmpty() || token.length() > 128) {
      throw Problem.unauthorized("the token is not valid");
    }
    String hash = Secrets.sha256(token);
    return db.read(s -> SyncQueries.deviceByTokenHash(s, hash))
        .map(d -> new Principal(d.accountId(), d.id()))
        .orElseThrow(() -> Problem.unauthorized("the token is not valid or its device was revoked"));
  }
}
