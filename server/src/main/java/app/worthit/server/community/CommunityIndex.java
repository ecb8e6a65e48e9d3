package app.worthit.server.community;

import app.worthit.server.db.AggregateDao;
import app.worthit.server.db.Database;
import java.util.List;

/** The community aggregates as lookups see them, moved by the deltas of this instance's committed writes. */
public interface CommunityIndex {
  /** Takes in a delta of a write that has committed. */
  void apply(String prefix, VoteDelta delta);

  /** The aggregates of every key under the given prefixes, in prefix order then key order. */
  List<Aggregate> lookup(List<String> prefixes);

  /**
   * The index for {@code db}: all in memory when this process is its only writer; read from the
   * database and cached for at most {@code maxAgeMillis} per prefix when other instances write too.
   */
  static CommunityIndex of(Database db, long maxAgeMillis) {
    if (db.shared()) {
      return new CachedCommunityIndex(db.reads(), maxAgeMillis, System::nanoTime);
    }
    return MemoryCommunityIndex.of(db.reads().withExtension(AggregateDao.class, AggregateDao::all));
  }
}
