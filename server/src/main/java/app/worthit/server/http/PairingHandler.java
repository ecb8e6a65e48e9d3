package app.worthit.server.http;

import app.worthit.server.account.Accounts;
import app.worthit.server.account.PairingCode;
import io.javalin.http.Context;
import java.time.Instant;

/** {@code /api/v1/pairing-codes}: a short single-use code to add another device to the account. */
public final class PairingHandler {
  private final Accounts accounts;
  private final Callers callers;

  public PairingHandler(Accounts accounts, Callers callers) {
    this.accounts = accounts;
    this.callers = callers;
  }

  /** POST: {@code {code, expiresAt}} with expiresAt in ISO-8601 UTC. */
  public void create(Context ctx) {
    PairingCode code = accounts.newPairingCode(callers.require(ctx));
    JsonResponse.send(ctx, 201, JsonResponse.object("code", code.code(),
        "expiresAt", Instant.ofEpochMilli(code.expiresAt()).toString()));
  }
}
