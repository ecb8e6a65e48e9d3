package app.worthit.server.http;

import app.worthit.json.JsonValue;
import app.worthit.server.account.Accounts;
import app.worthit.server.account.NewDevice;
import app.worthit.server.auth.Principal;
import app.worthit.server.db.DeviceRow;
import app.worthit.server.limits.Throttle;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code /api/v1/devices}: pair a new device with a code, list the account's devices, revoke one. */
public final class DeviceHandler {
  private final Accounts accounts;
  private final Callers callers;
  private final Throttle throttle;

  public DeviceHandler(Accounts accounts, Callers callers, Throttle throttle) {
    this.accounts = accounts;
    this.callers = callers;
    this.throttle = throttle;
  }

  /** POST {@code {pairingCode, name}}: a new device on the code's account; wrong codes are rate limited. */
  public void pair(Context ctx) {
    throttle.pairingAllowed(ctx.ip());
    JsonValue.Obj body = RequestBody.optionalObject(ctx);
    String code = Fields.requiredString(body, "pairingCode", 32);
    String name = Fields.optionalString(body, "name", Fields.MAX_DEVICE_NAME, "paired device");
    NewDevice device = accounts.pair(code, name).orElseThrow(() -> {
      throttle.pairingFailed(ctx.ip());
      // One answer for every dead code, so it never tells whether a code once existed.
      return Problem.notFound("no such pairing code: it is wrong, already used or expired");
    });
    JsonResponse.send(ctx, 201, newDeviceJson(device));
  }

  /** GET: {@code {devices: [{deviceId, name, createdAt, current}]}}. */
  public void list(Context ctx) {
    Principal who = callers.require(ctx);
    List<JsonValue> items = new ArrayList<>();
    for (DeviceRow d : accounts.devices(who)) {
      items.add(JsonResponse.object("deviceId", d.id(), "name", d.name(),
          "createdAt", Instant.ofEpochMilli(d.createdAt()).toString(), "current", d.id().equals(who.deviceId())));
    }
    JsonResponse.send(ctx, 200, JsonResponse.object("devices", new JsonValue.Arr(items)));
  }

  /** DELETE {@code /{id}}: revokes the device; its token stops working at once. */
  public void revoke(Context ctx) {
    accounts.revoke(callers.require(ctx), ctx.pathParam("id"));
    ctx.status(204);
  }

  static JsonValue newDeviceJson(NewDevice d) {
    return JsonResponse.object("accountId", d.accountId(), "deviceId", d.deviceId(), "token", d.token());
  }
}
