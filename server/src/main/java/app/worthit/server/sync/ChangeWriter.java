package app.worthit.server.sync;

import app.worthit.json.JsonParser;
import app.worthit.server.community.CommunityIndex;
import app.worthit.server.community.VoteDelta;
import app.worthit.server.db.AggregateRow;
import app.worthit.server.db.RecordRow;
import app.worthit.server.db.Statements;
import app.worthit.server.db.SyncQueries;
import app.worthit.server.db.WriteTx;
import app.worthit.server.http.Problem;
import app.worthit.sync.Change;
import app.worthit.sync.Merge;
import app.worthit.sync.RecordId;
import app.worthit.sync.RecordKind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes pushed changes with last-writer-wins against the stored records, moving the aggregates. */
final class ChangeWriter {
  private final CommunityIndex community;

  ChangeWriter(CommunityIndex community) {
    this.community = community;
  }

  /** One change per record: the one with the greatest clock, so a batch is order-independent. */
  static List<Change> latestPerRecord(List<Change> changes) {
    Map<RecordId, Change> latest = new LinkedHashMap<>();
    for (Change c : changes) {
      if (Merge.supersedes(c, latest.get(c.id()))) {
        latest.put(c.id(), c);
      }
    }
    return new ArrayList<>(latest.values());
  }

  /** Applies the changes of one account; replays and stale changes write nothing. */
  int apply(WriteTx tx, String accountId, List<Change> changes) {
    long last = tx.sql(s -> SyncQueries.reserveSeq(s, accountId, changes.size()));
    if (last < 0) {
      throw Problem.unauthorized("the account was deleted");
    }
    return tx.sql(s -> write(s, tx, accountId, changes, last - changes.size()));
  }

  private int write(Statements s, WriteTx tx, String accountId, List<Change> changes, long firstSeq) throws SQLException {
    // Only a rating needs the record it replaces, to move the community counts.
    List<String> ratingKeys = new ArrayList<>();
    for (Change c : changes) {
      if (c.kind() == RecordKind.RATING) {
        ratingKeys.add(c.key());
      }
    }
    String rating = RecordKind.RATING.wireName();
    Map<String, RecordRow> current = ratingKeys.isEmpty() ? Map.of() : SyncQueries.find(s, accountId, rating, ratingKeys);
    List<Change> kept = new ArrayList<>(changes.size());
    List<RecordRow> rows = new ArrayList<>(changes.size());
    long seq = firstSeq;
    for (Change c : changes) {
      seq++;
      String hlc = c.hlc().toString();
      RecordRow stored = c.kind() == RecordKind.RATING ? current.get(c.key()) : null;
      if (stored != null && hlc.compareTo(stored.hlc()) <= 0) {
        continue;
      }
      kept.add(c);
      rows.add(new RecordRow(c.kind().wireName(), c.key(), SyncService.valueText(c), hlc, c.deleted() ? 1 : 0, seq));
    }
    Set<String> written = SyncQueries.upsert(s, accountId, rows);
    List<AggregateRow> moves = new ArrayList<>();
    for (Change c : kept) {
      if (c.kind() != RecordKind.RATING || !written.contains(SyncQueries.written(rating, c.key()))) {
        continue;
      }
      String before = Optional.ofNullable(current.get(c.key())).map(ChangeWriter::liveVote).orElse(null);
      VoteDelta delta = VoteDelta.between(c.key(), before, c.deleted() ? null : c.value().path("vote").asString());
      if (!delta.isZero()) {
        String prefix = VoteDelta.prefixOf(c.key());
        moves.add(new AggregateRow(c.key(), prefix, delta.worthIt(), delta.notWorthIt()));
        tx.afterCommit(() -> community.apply(prefix, delta));
      }
    }
    SyncQueries.addAggregates(s, moves);
    return written.size();
  }

  /** The vote a stored rating currently casts, or null for a tombstone. */
  static String liveVote(RecordRow row) {
    return row.deleted() != 0 || row.value() == null ? null : JsonParser.parse(row.value()).path("vote").asString();
  }
}
