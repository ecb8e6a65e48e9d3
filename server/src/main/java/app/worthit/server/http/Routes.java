package app.worthit.server.http;

import app.worthit.server.limits.Throttle;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/** The whole route table of the server, in one place. */
public final class Routes {
  private Routes() {}

  /** Registers every endpoint, the per-address limit on the API and the problem mapping. */
  public static void register(RoutesConfig r, Handlers h, Throttle throttle) {
    if (throttle.limitsAddresses()) {
      r.before("/api/*", ctx -> throttle.address(ctx.ip()));
    }

    get(r, "/health", h.health()::health);

    r.post("/api/v1/accounts", h.accounts()::create);
    r.delete("/api/v1/account", h.accounts()::delete);

    r.post("/api/v1/pairing-codes", h.pairing()::create);

    r.post("/api/v1/devices", h.devices()::pair);
    get(r, "/api/v1/devices", h.devices()::list);
    r.delete("/api/v1/devices/{id}", h.devices()::revoke);

    r.post("/api/v1/sync", h.sync()::sync);

    get(r, "/api/v1/community", h.community()::lookup);

    ProblemMapper.register(r);
  }

  /**
   * A GET route that answers HEAD through the same handler, so HEAD gets GET's status (401 without
   * a token); Javalin alone answered HEAD on any GET route with 200 without running its handler.
   */
  static void get(RoutesConfig r, String path, Handler handler) {
    r.get(path, handler);
    r.head(path, handler);
  }

  /** The handler of each resource. */
  public record Handlers(HealthHandler health, AccountHandler accounts, PairingHandler pairing,
      DeviceHandler devices, SyncHandler sync, CommunityHandler community) {}
}
