package app.worthit.server.limits;

/**
 * Request budgets per minute: per device token, per client address, and failed pairing attempts
 * per client address. 0 disables one (the load benchmark does, to measure the server itself).
 */
public record RateLimits(int perToken, int perAddress, int pairingFailures) {
  /** The defaults: generous for people, tight for guessing pairing codes. */
  public static final RateLimits DEFAULT = new RateLimits(600, 1200, 10);

  /** No limits at all. */
  public static final RateLimits NONE = new RateLimits(0, 0, 0);
}
