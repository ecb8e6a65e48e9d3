package app.worthit.server.moderation;

import app.worthit.model.Correction;
import app.worthit.server.community.VoteDelta;
import app.worthit.server.db.CorrectionDao;
import app.worthit.server.db.CorrectionRow;
import app.worthit.server.db.Database;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The applied corrections held in memory by key-hash prefix, in the order they were applied, so
 * community lookups do not query per request. This instance's committed decisions show at once;
 * on a database other instances write too, the whole set is also re-read once it is older than a
 * set time (corrections are few: one small query per period).
 */
public final class CorrectionIndex {
  private record Entry(long appliedAt, String id, Correction correction) {}

  private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::appliedAt).thenComparing(Entry::id);

  private final Supplier<List<CorrectionRow>> source;
  private final long maxAgeNanos;
  private final LongSupplier nanoClock;
  /** Immutable, replaced whole on change so readers need no lock. */
  private volatile Map<String, List<Entry>> byPrefix = Map.of();
  private volatile long loadedAt;

  private CorrectionIndex(Supplier<List<CorrectionRow>> source, long maxAgeNanos, LongSupplier nanoClock) {
    this.source = source;
    this.maxAgeNanos = maxAgeNanos;
    this.nanoClock = nanoClock;
    reload();
  }

  /** The index of {@code db}'s applied corrections; re-read every {@code maxAgeMillis} when the database is shared. */
  public static CorrectionIndex of(Database db, long maxAgeMillis) {
    Supplier<List<CorrectionRow>> source = () -> db.reads().withExtension(CorrectionDao.class, CorrectionDao::applied);
    return new CorrectionIndex(source, db.shared() ? maxAgeMillis * 1_000_000L : Long.MAX_VALUE, System::nanoTime);
  }

  /** Follows a committed row: an applied one is (re)placed, any other status removes it. */
  public synchronized void apply(CorrectionRow row) {
    Map<String, List<Entry>> next = new HashMap<>(byPrefix);
    String prefix = VoteDelta.prefixOf(row.subjectKey());
    List<Entry> list = new ArrayList<>(next.getOrDefault(prefix, List.of()));
    list.removeIf(e -> e.id().equals(row.id()));
    if (CorrectionRow.APPLIED.equals(row.status())) {
      list.add(entry(row));
      list.sort(ORDER);
    }
    if (list.isEmpty()) {
      next.remove(prefix);
    } else {
      next.put(prefix, List.copyOf(list));
    }
    byPrefix = Map.copyOf(next);
  }

  /** The applied corrections of every key under the prefixes, in prefix order then applied order. */
  public List<Correction> lookup(List<String> prefixes) {
    if (maxAgeNanos != Long.MAX_VALUE && nanoClock.getAsLong() - loadedAt >= maxAgeNanos) {
      reload();
    }
    Map<String, List<Entry>> current = byPrefix;
    List<Correction> out = new ArrayList<>();
    for (String prefix : prefixes) {
      for (Entry e : current.getOrDefault(prefix, List.of())) {
        out.add(e.correction());
      }
    }
    return out;
  }

  private synchronized void reload() {
    long now = nanoClock.getAsLong();
    if (loadedAt != 0 && now - loadedAt < maxAgeNanos) {
      return;
    }
    Map<String, List<Entry>> next = new HashMap<>();
    for (CorrectionRow row : source.get()) {
      next.computeIfAbsent(VoteDelta.prefixOf(row.subjectKey()), p -> new ArrayList<>()).add(entry(row));
    }
    next.replaceAll((p, list) -> {
      list.sort(ORDER);
      return List.copyOf(list);
    });
    byPrefix = Map.copyOf(next);
    loadedAt = now;
  }

  private static Entry entry(CorrectionRow row) {
    return new Entry(row.appliedAt() == null ? row.updatedAt() : row.appliedAt(), row.id(), StoredCorrection.toModel(row));
  }
}
