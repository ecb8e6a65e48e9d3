package app.worthit.server.moderation;

import app.worthit.model.Correction;
import app.worthit.server.community.VoteDelta;
import app.worthit.server.db.CorrectionRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The applied corrections held in memory by key-hash prefix, in the order they were applied, so
 * community lookups never touch the database. Loaded at start, moved by committed decisions.
 */
public final class CorrectionIndex {
  private record Entry(long appliedAt, String id, Correction correction) {}

  private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::appliedAt).thenComparing(Entry::id);

  /** Immutable lists, replaced whole on change so readers need no lock. */
  private final ConcurrentHashMap<String, List<Entry>> byPrefix = new ConcurrentHashMap<>();

  /** An index of the stored applied corrections. */
  public static CorrectionIndex of(List<CorrectionRow> applied) {
    CorrectionIndex index = new CorrectionIndex();
    applied.forEach(index::apply);
    return index;
  }

  /** Follows a committed row: an applied one is (re)placed, any other status removes it. */
  public void apply(CorrectionRow row) {
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
    List<Correction> out = new ArrayList<>();
    for (String prefix : prefixes) {
      for (Entry e : byPrefix.getOrDefault(prefix, List.of())) {
        out.add(e.correction());
      }
    }
    return out;
  }
}
