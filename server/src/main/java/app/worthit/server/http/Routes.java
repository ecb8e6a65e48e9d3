package app.worthit.server.http;

import app.worthit.server.limits.Throttle;
import io.javalin.config.RoutesConfig;

/** The whole route table of the server, in one place. */
public final class Routes {
  private Routes() {}

  /** Registers every endpoint, the per-address limit on the API and the problem mapping. */
  public static void register(RoutesConfig r, Handlers h, Throttle throttle) {
    if (throttle.limitsAddresses()) {
      r.before("/api/*", ctx -> throttle.address(ctx.ip()));
    }

    r.get("/health", h.health()::health);

    r.post("/api/v1/accounts", h.accounts()::create);
    r.delete("/api/v1/account", h.accounts()::delete);

    r.post("/api/v1/pairing-codes", h.pairing()::create);

    r.post("/api/v1/devices", h.devices()::pair);
    r.get("/api/v1/devices", h.devices()::list);
    r.delete("/api/v1/devices/{id}", h.devices()::revoke);

    r.post("/api/v1/sync", h.sync()::sync);

    r.get("/api/v1/community", h.community()::lookup);

    ProblemMapper.register(r);
  }

  /** The handler of each resource. */
  public record Handlers(HealthHandler health, AccountHandler accounts, PairingHandler pairing,
      DeviceHandler devices, SyncHandler sync, CommunityHandler community) {}
}
