package app.worthit.server.limits;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per key (a device or a client address): {@code perMinute} requests a minute on
 * average, bursts up to the same number. State is in memory, per server instance.
 */
public final class RateLimiter {
  /** Buckets kept before idle full ones are dropped, so memory stays bounded. */
  private static final int MAX_KEYS = 100_000;

  private final double capacity;
  private final double perNano;
  private final LongSupplier nanoClock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long stamp;

    Bucket(double tokens, long stamp) {
      this.tokens = tokens;
      this.stamp = stamp;
    }
  }

  /** A limiter allowing {@code perMinute} requests per key per minute; 0 or less disables it. */
  public RateLimiter(int perMinute, LongSupplier nanoClock) {
    this(perMinute, 60e9, nanoClock);
  }

  /** A limiter allowing {@code perPeriod} requests per key per period of {@code periodNanos}, bursts up to as many. */
  public RateLimiter(int perPeriod, double periodNanos, LongSupplier nanoClock) {
    this.capacity = perPeriod;
    this.perNano = perPeriod / periodNanos;
    this.nanoClock = nanoClock;
  }

  /** True when this limiter lets everything through. */
  public boolean disabled() {
    return capacity <= 0;
  }

  /** Takes one token for {@code key}: 0 when allowed, else the whole seconds to wait before retrying. */
  public long acquire(String key) {
    if (disabled()) {
      return 0;
    }
    long now = nanoClock.getAsLong();
    if (buckets.size() > MAX_KEYS) {
      buckets.values().removeIf(b -> refill(b, now) >= capacity);
    }
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
    synchronized (bucket) {
      double tokens = refill(bucket, now);
      if (tokens >= 1) {
        bucket.tokens = tokens - 1;
        bucket.stamp = now;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
    }
  }

  /** Checks {@code key} without taking a token: 0 when a request would be allowed. */
  public long peek(String key) {
    Bucket bucket = buckets.get(key);
    if (disabled() || bucket == null) {
      return 0;
    }
    synchronized (bucket) {
      double tokens = refill(bucket, nanoClock.getAsLong());
      return tokens >= 1 ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
    }
  }

  private double refill(Bucket b, long now) {
    return Math.min(capacity, b.tokens + (now - b.stamp) * perNano);
  }
}
