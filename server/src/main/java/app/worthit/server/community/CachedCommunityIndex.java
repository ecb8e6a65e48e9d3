package app.worthit.server.community;

import app.worthit.server.db.AggregateDao;
import app.worthit.server.db.AggregateRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Aggregates read from a database that other server instances write too, kept per prefix for at
 * most a set time: another instance's votes show here within that time, this instance's own at once
 * (a committed delta drops its prefix). At most one bucket per 4-hex prefix, so memory is bounded.
 */
final class CachedCommunityIndex implements CommunityIndex {
  /** A prefix's aggregates as read at {@code stamp}; null aggregates: dropped at {@code stamp}. */
  private record Bucket(long stamp, List<Aggregate> aggregates) {}

  private final Jdbi reads;
  private final long maxAgeNanos;
  private final LongSupplier nanoClock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  CachedCommunityIndex(Jdbi reads, long maxAgeMillis, LongSupplier nanoClock) {
    this.reads = reads;
    this.maxAgeNanos = maxAgeMillis * 1_000_000L;
    this.nanoClock = nanoClock;
  }

  @Override
  public void apply(String prefix, VoteDelta delta) {
    buckets.put(prefix, new Bucket(nanoClock.getAsLong(), null));
  }

  @Override
  public List<Aggregate> lookup(List<String> prefixes) {
    long now = nanoClock.getAsLong();
    Map<String, List<Aggregate>> found = new HashMap<>();
    List<String> stale = new ArrayList<>();
    for (String prefix : prefixes) {
      Bucket b = buckets.get(prefix);
      if (b != null && b.aggregates() != null && now - b.stamp() < maxAgeNanos) {
        found.put(prefix, b.aggregates());
      } else {
        stale.add(prefix);
      }
    }
    if (!stale.isEmpty()) {
      load(stale, now, found);
    }
    List<Aggregate> out = new ArrayList<>();
    for (String prefix : prefixes) {
      out.addAll(found.get(prefix));
    }
    return out;
  }

  /** Reads the prefixes in one query; a bucket dropped after {@code now} is not overwritten with older counts. */
  private void load(List<String> prefixes, long now, Map<String, List<Aggregate>> found) {
    Map<String, List<Aggregate>> loaded = new HashMap<>();
    for (String prefix : prefixes) {
      loaded.put(prefix, new ArrayList<>());
    }
    for (AggregateRow r : reads.withExtension(AggregateDao.class, dao -> dao.underPrefixes(prefixes))) {
      loaded.get(r.keyPrefix()).add(new Aggregate(r.recordKey(), r.worthIt(), r.notWorthIt()));
    }
    for (Map.Entry<String, List<Aggregate>> e : loaded.entrySet()) {
      List<Aggregate> bucket = e.getValue();
      bucket.sort(Comparator.comparing(Aggregate::key));
      List<Aggregate> fixed = List.copyOf(bucket);
      found.put(e.getKey(), fixed);
      buckets.merge(e.getKey(), new Bucket(now, fixed), (old, fresh) -> old.stamp() > fresh.stamp() ? old : fresh);
    }
  }
}
