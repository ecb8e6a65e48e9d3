package app.worthit.server.sync;

import app.worthit.json.JsonParser;
import app.worthit.server.community.VoteCounter;
import app.worthit.server.community.VoteDelta;
import app.worthit.server.db.AccountState;
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

/**
 * Writes pushed changes with last-writer-wins against the stored records, moving the aggregates
 * by the ratings of a counted account; an account that has just become old enough starts counting
 * here, with the ratings it already has.
 */
final class ChangeWriter {
  private final VoteCounter votes;

  ChangeWriter(VoteCounter votes) {
    this.votes = votes;
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

  /** Applies the changes of one account at {@code now}; replays and stale changes write nothing. */
  int apply(WriteTx tx, String accountId, List<Change> changes, long now) {
    AccountState account = tx.sql(s -> SyncQueries.reserveSeq(s, accountId, changes.size()))
        .orElseThrow(() -> Problem.unauthorized("the account was deleted"));
    boolean counted = account.counted() || tx.sql(s -> startCounting(s, tx, accountId, account, now));
    if (changes.isEmpty()) {
      return 0;
    }
    return tx.sql(s -> write(s, tx, accountId, account.cohort(), counted, changes, account.lastSeq() - changes.size()));
  }

  /** True when an account not counted yet is old enough to start at this sync. */
  boolean dueToCount(AccountState account, long now) {
    return !account.counted() && votes.rules().oldEnough(account.createdAt(), now);
  }

  /** Counts the account from now on, with the ratings it has; false while it is too young. */
  private boolean startCounting(Statements s, WriteTx tx, String accountId, AccountState account, long now) throws SQLException {
    if (!dueToCount(account, now)) {
      return false;
    }
    SyncQueries.markCounted(s, accountId, now);
    List<AggregateRow> moves = new ArrayList<>();
    for (RecordRow rating : SyncQueries.liveRatings(s, accountId)) {
      VoteDelta delta = VoteDelta.between(rating.recordKey(), null, liveVote(rating));
      if (delta.isZero()) {
        continue;
      }
      moves.add(new AggregateRow(rating.recordKey(), VoteDelta.prefixOf(rating.recordKey()), delta.worthIt(), delta.notWorthIt()));
    }
    votes.move(tx, s, account.cohort(), moves);
    return true;
  }

  private int write(Statements s, WriteTx tx, String accountId, String cohort, boolean counted, List<Change> changes,
      long firstSeq) throws SQLException {
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
    if (!counted) {
      // Kept, and counted later: the account's ratings go in when it starts counting.
      return written.size();
    }
    List<AggregateRow> moves = new ArrayList<>();
    for (Change c : kept) {
      if (c.kind() != RecordKind.RATING || !written.contains(SyncQueries.written(rating, c.key()))) {
        continue;
      }
      String before = Optional.ofNullable(current.get(c.key())).map(ChangeWriter::liveVote).orElse(null);
      VoteDelta delta = VoteDelta.between(c.key(), before, c.deleted() ? null : c.value().path("vote").asString());
      if (!delta.isZero()) {
        moves.add(new AggregateRow(c.key(), VoteDelta.prefixOf(c.key()), delta.worthIt(), delta.notWorthIt()));
      }
    }
    votes.move(tx, s, cohort, moves);
    return written.size();
  }

  /** The vote a stored rating currently casts, or null for a tombstone. */
  static String liveVote(RecordRow row) {
    return row.deleted() != 0 || row.value() == null ? null : JsonParser.parse(row.value()).path("vote").asString();
  }
}
