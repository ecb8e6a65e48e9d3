package app.worthit.server.community;

import app.worthit.server.db.AggregateRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The community aggregates held in memory by key-hash prefix, loaded once at start and then moved
 * by the deltas of committed writes, so lookups never touch the database. Right only while this
 * process is the database's one writer (an SQLite file).
 */
final class MemoryCommunityIndex implements CommunityIndex {
  /** Immutable buckets, replaced whole on change so readers need no lock. */
  private final ConcurrentHashMap<String, Map<String, Aggregate>> byPrefix = new ConcurrentHashMap<>();

  /** An index holding the stored aggregates. */
  static MemoryCommunityIndex of(List<AggregateRow> rows) {
    MemoryCommunityIndex index = new MemoryCommunityIndex();
    for (AggregateRow r : rows) {
      index.apply(r.keyPrefix(), new VoteDelta(r.recordKey(), r.worthIt(), r.notWorthIt()));
    }
    return index;
  }

  /** Applies a committed delta; a key whose counts reach zero disappears. */
  @Override
  public void apply(String prefix, VoteDelta delta) {
    byPrefix.compute(prefix, (p, bucket) -> {
      TreeMap<String, Aggregate> next = bucket == null ? new TreeMap<>() : new TreeMap<>(bucket);
      Aggregate old = next.getOrDefault(delta.key(), new Aggregate(delta.key(), 0, 0));
      Aggregate now = new Aggregate(delta.key(), old.worthIt() + delta.worthIt(), old.notWorthIt() + delta.notWorthIt());
      if (now.worthIt() <= 0 && now.notWorthIt() <= 0) {
        next.remove(delta.key());
      } else {
        next.put(delta.key(), now);
      }
      return next.isEmpty() ? null : java.util.Collections.unmodifiableMap(next);
    });
  }

  @Override
  public List<Aggregate> lookup(List<String> prefixes) {
    List<Aggregate> out = new ArrayList<>();
    for (String prefix : prefixes) {
      Map<String, Aggregate> bucket = byPrefix.get(prefix);
      if (bucket != null) {
        out.addAll(bucket.values());
      }
    }
    return out;
  }
}
