package app.worthit.server.limits;

import app.worthit.server.http.Problem;

/** The server's rate limiters, checked by the handlers; over a budget means a 429 problem. */
public final class Throttle {
  private final RateLimiter tokens;
  private final RateLimiter addresses;
  private final RateLimiter pairingFailures;
  private final RateLimiter newAccounts;

  public Throttle(RateLimits limits) {
    this.tokens = new RateLimiter(limits.perToken(), System::nanoTime);
    this.addresses = new RateLimiter(limits.perAddress(), System::nanoTime);
    this.pairingFailures = new RateLimiter(limits.pairingFailures(), System::nanoTime);
    this.newAccounts = new RateLimiter(limits.accountsPerHour(), 3600e9, System::nanoTime);
  }

  /** Counts a new account from a client address, apart from its request budget. */
  public void newAccount(String address) {
    check(newAccounts.acquire(address), "too many new accounts from this address");
  }

  /** False when requests per address are unlimited, so nothing needs to count them. */
  public boolean limitsAddresses() {
    return !addresses.disabled();
  }

  /** Counts a request from a client address. */
  public void address(String address) {
    check(addresses.acquire(address), "too many requests from this address");
  }

  /** Counts a request made with a device's token. */
  public void device(String deviceId) {
    check(tokens.acquire(deviceId), "too many requests with this token");
  }

  /** Refuses an address that has failed too many pairing attempts, before it tries again. */
  public void pairingAllowed(String address) {
    check(pairingFailures.peek(address), "too many wrong pairing codes from this address");
  }

  /** Records a failed pairing attempt from an address. */
  public void pairingFailed(String address) {
    pairingFailures.acquire(address);
  }

  private static void check(long retryAfter, String detail) {
    if (retryAfter > 0) {
      throw Problem.tooManyRequests(detail + "; retry in " + retryAfter + " s", retryAfter);
    }
  }
}
