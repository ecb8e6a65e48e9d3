package app.worthit.server.community;

import app.worthit.server.db.AggregateRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The community aggregates held in memory by key-hash prefix, loaded once at start and then moved
 * by the deltas of committed writes, so lookups never touch the database. Right only while this
 * process is the database's one writer (an SQLite file). A prefix (4 hex digits) is its own slot
 * in an array of 65,536: a lookup neither hashes nor compares strings to find it.
 */
final class MemoryCommunityIndex implements CommunityIndex {
  private static final int PREFIXES = 1 << 16;

  /** Each prefix's aggregates in key order; arrays are replaced whole on change so readers need no lock. */
  private final AtomicReferenceArray<Aggregate[]> byPrefix = new AtomicReferenceArray<>(PREFIXES);

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
  public synchronized void apply(String prefix, VoteDelta delta) {
    int slot = slot(prefix);
    if (slot < 0) {
      throw new IllegalArgumentException("not a key-hash prefix: " + prefix);
    }
    Aggregate[] bucket = byPrefix.get(slot);
    Aggregate[] keys = bucket == null ? new Aggregate[0] : bucket;
    int at = find(keys, delta.key());
    Aggregate old = at >= 0 ? keys[at] : new Aggregate(delta.key(), 0, 0);
    Aggregate now = new Aggregate(delta.key(), old.worthIt() + delta.worthIt(), old.notWorthIt() + delta.notWorthIt());
    boolean gone = now.worthIt() <= 0 && now.notWorthIt() <= 0;
    Aggregate[] next;
    if (at >= 0 && gone) {
      next = new Aggregate[keys.length - 1];
      System.arraycopy(keys, 0, next, 0, at);
      System.arraycopy(keys, at + 1, next, at, keys.length - at - 1);
    } else if (at >= 0) {
      next = keys.clone();
      next[at] = now;
    } else if (gone) {
      return;
    } else {
      int insert = -at - 1;
      next = new Aggregate[keys.length + 1];
      System.arraycopy(keys, 0, next, 0, insert);
      next[insert] = now;
      System.arraycopy(keys, insert, next, insert + 1, keys.length - insert);
    }
    byPrefix.set(slot, next.length == 0 ? null : next);
  }

  @Override
  public List<Aggregate> lookup(List<String> prefixes) {
    List<Aggregate> out = new ArrayList<>();
    for (String prefix : prefixes) {
      int slot = slot(prefix);
      Aggregate[] bucket = slot < 0 ? null : byPrefix.get(slot);
      if (bucket != null) {
        Collections.addAll(out, bucket);
      }
    }
    return out;
  }

  /** The key's index in the sorted bucket, or {@code -(insertion point) - 1}. */
  private static int find(Aggregate[] bucket, String key) {
    return Arrays.binarySearch(bucket, new Aggregate(key, 0, 0), (a, b) -> a.key().compareTo(b.key()));
  }

  /** The slot of a 4-lowercase-hex-digit prefix, or -1 for anything else. */
  static int slot(String prefix) {
    if (prefix.length() != 4) {
      return -1;
    }
    int slot = 0;
    for (int i = 0; i < 4; i++) {
      char c = prefix.charAt(i);
      int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
      if (digit < 0) {
        return -1;
      }
      slot = slot * 16 + digit;
    }
    return slot;
  }
}
