package app.worthit.server.http;

import app.worthit.server.auth.Authenticator;
import app.worthit.server.auth.Principal;
import app.worthit.server.limits.Throttle;
import io.javalin.http.Context;

/** Authenticates a request and counts it against its device's rate limit. */
public final class Callers {
  private final Authenticator authenticator;
  private final Throttle throttle;

  public Callers(Authenticator authenticator, Throttle throttle) {
    this.authenticator = authenticator;
    this.throttle = throttle;
  }

  /** The authenticated caller; 401 without a valid token, 429 over the token's budget. */
  public Principal require(Context ctx) {
    Principal who = authenticator.require(ctx);
    throttle.device(who.deviceId());
    return who;
  }
}
