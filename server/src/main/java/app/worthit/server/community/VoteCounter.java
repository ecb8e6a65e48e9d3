package app.worthit.server.community;

import app.worthit.server.db.AggregateRow;
import app.worthit.server.db.Statements;
import app.worthit.server.db.SyncQueries;
import app.worthit.server.db.WriteTx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Moves the public aggregates by the rating changes of one counted account, through its cohort's
 * counts when cohorts are capped: the public count moves only by what the cap lets through. Works
 * from the counts each move returns under its row's lock, so instances sharing a database agree.
 */
public final class VoteCounter {
  private final CommunityIndex community;
  private final VoteRules rules;

  public VoteCounter(CommunityIndex community, VoteRules rules) {
    this.community = community;
    this.rules = rules;
  }

  public VoteRules rules() {
    return rules;
  }

  /** Applies the account's deltas (at most one per key), in key order so concurrent writers lock alike. */
  public void move(WriteTx tx, Statements s, String cohort, List<AggregateRow> deltas) throws SQLException {
    if (deltas.isEmpty()) {
      return;
    }
    List<AggregateRow> sorted = new ArrayList<>(deltas);
    sorted.sort(Comparator.comparing(AggregateRow::recordKey));
    List<AggregateRow> moves = rules.capped() && cohort != null ? throughCohort(s, cohort, sorted) : sorted;
    SyncQueries.addAggregates(s, moves);
    for (AggregateRow m : moves) {
      VoteDelta delta = new VoteDelta(m.recordKey(), m.worthIt(), m.notWorthIt());
      tx.afterCommit(() -> community.apply(m.keyPrefix(), delta));
    }
  }

  private List<AggregateRow> throughCohort(Statements s, String cohort, List<AggregateRow> deltas) throws SQLException {
    Map<String, long[]> after = SyncQueries.addCohortVotes(s, cohort, deltas);
    List<AggregateRow> moves = new ArrayList<>();
    for (AggregateRow d : deltas) {
      long[] now = after.get(d.recordKey());
      long worthIt = rules.publicShare(now[0]) - rules.publicShare(now[0] - d.worthIt());
      long notWorthIt = rules.publicShare(now[1]) - rules.publicShare(now[1] - d.notWorthIt());
      if (worthIt != 0 || notWorthIt != 0) {
        moves.add(new AggregateRow(d.recordKey(), d.keyPrefix(), worthIt, notWorthIt));
      }
    }
    return moves;
  }
}
