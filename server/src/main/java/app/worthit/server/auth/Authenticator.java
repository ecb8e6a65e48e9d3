package app.worthit.server.auth;

import app.worthit.server.db.Database;
import app.worthit.server.db.SyncQueries;
import app.worthit.server.http.Problem;
import io.javalin.http.Context;

/** Turns an {@code Authorization: Bearer} header into a {@link Principal}, or a 401 problem. */
public final class Authenticator {
  private final Database db;
  private final KnownTokens known;

  public Authenticator(Database db, KnownTokens known) {
    this.db = db;
    this.known = known;
  }

  /** The caller, by the hash of its token: remembered, or looked up, so a revocation acts at once. */
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
    Principal who = known.recall(hash);
    if (who != null) {
      return who;
    }
    long generation = known.generation();
    who = db.read(s -> SyncQueries.deviceByTokenHash(s, hash))
        .map(d -> new Principal(d.accountId(), d.id()))
        .orElseThrow(() -> Problem.unauthorized("the token is not valid or its device was revoked"));
    known.remember(hash, who, generation);
    return who;
  }
}
