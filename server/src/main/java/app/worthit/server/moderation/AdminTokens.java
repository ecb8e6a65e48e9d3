package app.worthit.server.moderation;

import app.worthit.server.auth.Secrets;
import app.worthit.server.db.AdminTokenDao;
import app.worthit.server.db.Database;
import app.worthit.server.http.Problem;
import io.javalin.http.Context;

/** Admin bearer tokens: created by the command line, stored hashed, checked on every admin request. */
public final class AdminTokens {
  private final Database db;

  public AdminTokens(Database db) {
    this.db = db;
  }

  /** A new admin token; only its hash is stored, so this is the one time it is seen. */
  public String create() {
    String token = Secrets.newToken();
    String id = Secrets.newId();
    long now = System.currentTimeMillis();
    db.writer().submit(tx -> {
      tx.dao(AdminTokenDao.class).insert(id, Secrets.sha256(token), now);
      return null;
    });
    return token;
  }

  /** The admin calling, by token id; 401 without a valid admin token (a device token is not one). */
  public Actor require(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw Problem.unauthorized("send the admin token as 'Authorization: Bearer <token>'");
    }
    String token = header.substring(7).strip();
    if (token.isEmpty() || token.length() > 128) {
      throw Problem.unauthorized("the admin token is not valid");
    }
    String hash = Secrets.sha256(token);
    return db.reads().withExtension(AdminTokenDao.class, dao -> dao.findByHash(hash)).map(Actor::admin)
        .orElseThrow(() -> Problem.unauthorized("the admin token is not valid"));
  }
}
