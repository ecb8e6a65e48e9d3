package app.worthit.server.limits;

/**
 * Request budgets per minute: per device token, per client address, failed pairing attempts per
 * client address, and moderation acts (claims, corrections, disputes) per account; and new
 * accounts per client address per hour. 0 disables one (the load benchmark does, to measure the
 * server itself).
 */
public record RateLimits(int perToken, int perAddress, int pairingFailures, int moderation, int accountsPerHour) {
  /** Moderation acts per account per minute unless told otherwise. */
  public static final int DEFAULT_MODERATION = 10;
  /** New accounts per client address per hour unless told otherwise: a household's few browsers. */
  public static final int DEFAULT_ACCOUNTS_PER_HOUR = 5;

  /** The defaults: generous for people, tight for guessing pairing codes, for moderation and for new accounts. */
  public static final RateLimits DEFAULT = new RateLimits(600, 1200, 10, DEFAULT_MODERATION, DEFAULT_ACCOUNTS_PER_HOUR);

  /** No limits at all. */
  public static final RateLimits NONE = new RateLimits(0, 0, 0, 0, 0);

  /** Budgets with the default moderation limit and no limit on new accounts (tests of the other budgets). */
  public RateLimits(int perToken, int perAddress, int pairingFailures) {
    this(perToken, perAddress, pairingFailures, DEFAULT_MODERATION, 0);
  }

  /** Budgets with no limit on new accounts (tests of the other budgets). */
  public RateLimits(int perToken, int perAddress, int pairingFailures, int moderation) {
    this(perToken, perAddress, pairingFailures, moderation, 0);
  }
}
