package app.worthit.server.moderation;

import app.worthit.server.http.Problem;
import app.worthit.server.limits.RateLimiter;
import app.worthit.server.limits.RateLimits;

/** One budget per account for claims, corrections and disputes together, on top of the per-token limit. */
public final class ModerationThrottle {
  private final RateLimiter acts;

  public ModerationThrottle(RateLimits limits) {
    this.acts = new RateLimiter(limits.moderation(), System::nanoTime);
  }

  /** Counts one moderation act of the account; 429 over its budget. */
  public void act(String accountId) {
    long retryAfter = acts.acquire(accountId);
    if (retryAfter > 0) {
      throw Problem.tooManyRequests("too many claims, corrections or disputes from this account; retry in "
          + retryAfter + " s", retryAfter);
    }
  }
}
