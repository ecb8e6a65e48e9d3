package app.worthit.server.sync;

import app.worthit.json.JsonParser;
import app.worthit.server.community.CommunityIndex;
import app.worthit.server.community.VoteDelta;
import app.worthit.server.db.AccountDao;
import app.worthit.server.db.AggregateDao;
import app.worthit.server.db.RecordDao;
import app.worthit.server.db.RecordRow;
import app.worthit.server.db.WriteWork;
import app.worthit.server.http.Problem;
import app.worthit.sync.Change;
import app.worthit.sync.Hlc;
import app.worthit.sync.Merge;
import app.worthit.sync.RecordId;
import app.worthit.sync.RecordKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

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
  int apply(Handle handle, WriteWork.AfterCommit commit, String accountId, List<Change> changes) {
    AccountDao accounts = handle.attach(AccountDao.class);
    if (accounts.reserveSeq(accountId, changes.size()) == 0) {
      throw Problem.unauthorized("the account was deleted");
    }
    long seq = accounts.lastSeq(accountId).orElseThrow() - changes.size();
    RecordDao records = handle.attach(RecordDao.class);
    AggregateDao aggregates = null;
    int written = 0;
    for (Change c : changes) {
      seq++;
      Optional<RecordRow> current = records.find(accountId, c.kind().wireName(), c.key());
      if (current.isPresent() && c.hlc().compareTo(Hlc.parse(current.get().hlc())) <= 0) {
        continue;
      }
      records.upsert(accountId, c.kind().wireName(), c.key(), SyncService.valueText(c), c.hlc().toString(), c.deleted() ? 1 : 0, seq);
      written++;
      if (c.kind() == RecordKind.RATING) {
        VoteDelta delta = VoteDelta.between(c.key(), current.map(ChangeWriter::liveVote).orElse(null), c.deleted() ? null : c.value().path("vote").asString());
        if (!delta.isZero()) {
          aggregates = aggregates == null ? handle.attach(AggregateDao.class) : aggregates;
          String prefix = VoteDelta.prefixOf(c.key());
          aggregates.add(c.key(), prefix, delta.worthIt(), delta.notWorthIt());
          commit.then(() -> community.apply(prefix, delta));
        }
      }
    }
    return written;
  }

  /** The vote a stored rating currently casts, or null for a tombstone. */
  static String liveVote(RecordRow row) {
    return row.deleted() != 0 || row.value() == null ? null : JsonParser.parse(row.value()).path("vote").asString();
  }
}
