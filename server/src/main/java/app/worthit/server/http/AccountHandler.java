package app.worthit.server.http;

import app.worthit.server.account.Accounts;
import app.worthit.server.account.NewDevice;
import app.worthit.server.limits.Throttle;
import io.javalin.http.Context;

/** {@code /api/v1/accounts} and {@code /api/v1/account}: create an account, delete one's own. */
public final class AccountHandler {
  private final Accounts accounts;
  private final Callers callers;
  private final Throttle throttle;

  public AccountHandler(Accounts accounts, Callers callers, Throttle throttle) {
    this.accounts = accounts;
    this.callers = callers;
    this.throttle = throttle;
  }

  /** POST: a new anonymous account and its first device; the body {@code {"name"}} is optional. */
  public void create(Context ctx) {
    String name = Fields.optionalString(RequestBody.optionalObject(ctx), "name", Fields.MAX_DEVICE_NAME, "first device");
    throttle.newAccount(ctx.ip());
    NewDevice created = accounts.create(name, ctx.ip());
    JsonResponse.send(ctx, 201, DeviceHandler.newDeviceJson(created));
  }

  /** DELETE: the caller's account and everything of it, community votes included. */
  public void delete(Context ctx) {
    accounts.delete(callers.require(ctx));
    ctx.status(204);
  }
}
