package app.worthit.server.moderation;

import app.worthit.model.Correction;
import app.worthit.server.community.VoteDelta;
import app.worthit.server.db.CorrectionRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The applied corrections held in memory by key-hash prefix, in the order they were applied, so
 * community lookups never touch the database. Loaded at start, moved by committed decisions; on a
 * database other instances write too (PostgreSQL), also reloaded whole once older than a set age.
 */
public final class CorrectionIndex {
  private record Entry(long appliedAt, String id, Correction correction) {}

  private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::appliedAt).thenComparing(Entry::id);

  /** Immutable lists, replaced whole on change so readers need no lock. */
  private volatile ConcurrentHashMap<String, List<Entry>> byPrefix = new ConcurrentHashMap<>();
  private final Supplier<List<CorrectionRow>> stored;
  private final long maxAgeNanos;
  private volatile long loadedAt;
  private volatile long changedAt;

  private CorrectionIndex(Supplier<List<CorrectionRow>> stored, long maxAgeNanos) {
    this.stored = stored;
    this.maxAgeNanos = maxAgeNanos;
  }

  /** An index of the stored applied corrections. */
  public static CorrectionIndex of(List<CorrectionRow> applied) {
    CorrectionIndex index = new CorrectionIndex(null, 0);
    applied.forEach(index::apply);
    return index;
  }

  /** An index of {@code stored}, read again when older than {@code maxAgeMillis}: other instances' decisions show within that time. */
  public static CorrectionIndex reloading(Supplier<List<CorrectionRow>> stored, long maxAgeMillis) {
    CorrectionIndex index = new CorrectionIndex(stored, maxAgeMillis * 1_000_000L);
    index.reload();
    return index;
  }

  private synchronized void reload() {
    long started = System.nanoTime();
    if (started - loadedAt < maxAgeNanos && loadedAt > changedAt) {
      return;
    }
    CorrectionIndex fresh = of(stored.get());
    byPrefix = fresh.byPrefix;
    // A decision of this instance committed during the read may be missing: read again next time.
    loadedAt = changedAt >= started ? started - maxAgeNanos : started;
  }

  /** Follows a committed row: an applied one is (re)placed, any other status removes it. */
  public void apply(CorrectionRow row) {
    changedAt = System.nanoTime();
    String prefix = VoteDelta.prefixOf(row.subjectKey());
    byPrefix.compute(prefix, (p, list) -> {
      List<Entry> next = list == null ? new ArrayList<>() : new ArrayList<>(list);
      next.removeIf(e -> e.id().equals(row.id()));
      if (CorrectionRow.APPLIED.equals(row.status())) {
        long at = row.appliedAt() == null ? row.updatedAt() : row.appliedAt();
        next.add(new Entry(at, row.id(), StoredCorrection.toModel(row)));
        next.sort(ORDER);
      }
      return next.isEmpty() ? null : List.copyOf(next);
    });
  }

  /** The applied corrections of every key under the prefixes, in prefix order then applied order. */
  public List<Correction> lookup(List<String> prefixes) {
    if (stored != null && System.nanoTime() - loadedAt >= maxAgeNanos) {
      reload();
    }
    Map<String, List<Entry>> byPrefix = this.byPrefix;
    List<Correction> out = new ArrayList<>();
    for (String prefix : prefixes) {
      for (Entry e : byPrefix.getOrDefault(prefix, List.of())) {
        out.add(e.correction());
      }
    }
    return out;
  }
}
