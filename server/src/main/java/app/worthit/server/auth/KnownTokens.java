package app.worthit.server.auth;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Token hashes recently found valid, with their callers, so a request skips the database lookup.
 * Every revocation (a device removed, an account deleted) forgets them all at once; a lookup that
 * began before a revocation is not remembered after it. Only for a database this process alone
 * writes: another instance's revocations would go unseen, so a shared database gets a disabled one.
 */
public final class KnownTokens {
  /** How long a remembered token is trusted without a lookup; revocations act sooner. */
  static final long MAX_AGE_NANOS = 30_000_000_000L;
  /** Remembered tokens before the memory is emptied and refilled by lookups. */
  static final int MAX_TOKENS = 100_000;

  private record Known(Principal who, long generation, long since) {}

  private final boolean enabled;
  private final LongSupplier nanoClock;
  private final ConcurrentHashMap<String, Known> byHash = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  /** Remembers tokens when {@code enabled}; otherwise every request is looked up. */
  public KnownTokens(boolean enabled, LongSupplier nanoClock) {
    this.enabled = enabled;
    this.nanoClock = nanoClock;
  }

  /** The revocation generation to pass to {@link #remember}: read it before looking the token up. */
  long generation() {
    return generation.get();
  }

  /** The caller of a remembered token hash, or null when it must be looked up. */
  Principal recall(String tokenHash) {
    if (!enabled) {
      return null;
    }
    Known known = byHash.get(tokenHash);
    if (known == null || known.generation != generation.get() || nanoClock.getAsLong() - known.since > MAX_AGE_NANOS) {
      return null;
    }
    return known.who;
  }

  /** Remembers a lookup that began at {@code generation}; ignored by recall if a revocation came since. */
  void remember(String tokenHash, Principal who, long generation) {
    if (!enabled) {
      return;
    }
    if (byHash.size() >= MAX_TOKENS) {
      byHash.clear();
    }
    byHash.put(tokenHash, new Known(who, generation, nanoClock.getAsLong()));
  }

  /** Called once a revocation has committed: every token is looked up again from now on. */
  public void revoked() {
    generation.incrementAndGet();
    byHash.clear();
  }
}
