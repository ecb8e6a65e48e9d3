package app.worthit.server.limits;

/**
 * Request budgets per minute: per device token, per client address, failed pairing attempts per
 * client address, and moderation acts (claims, corrections, disputes) per account. 0 disables one
 * (the load benchmark does, to measure the server itself).
 */
public record RateLimits(int perToken, int perAddress, int pairingFailures, int moderation) {
  /** Moderation acts per account per minute unless told otherwise. */
  public static final int DEFAULT_MODERATION = 10;

  /** The defaults: generous for people, tight for guessing pairing codes and for moderation. */
  public static final RateLimits DEFAULT = new RateLimits(600, 1200, 10, DEFAULT_MODERATION);

  /** No limits at all. */
  public static final RateLimits NONE = new RateLimits(0, 0, 0, 0);

  /** Budgets with the default moderation limit. */
  public RateLimits(int perToken, int perAddress, int pairingFailures) {
    this(perToken, perAddress, pairingFailures, DEFAULT_MODERATION);
  }
}
