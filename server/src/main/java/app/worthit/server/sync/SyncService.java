package app.worthit.server.sync;

import app.worthit.json.JsonWriter;
import app.worthit.server.auth.Principal;
import app.worthit.server.community.VoteCounter;
import app.worthit.server.db.Database;
import app.worthit.server.db.SyncQueries;
import app.worthit.server.db.RecordRow;
import app.worthit.server.db.Statements;
import app.worthit.server.http.Problem;
import app.worthit.sync.Change;
import app.worthit.sync.SyncRequest;
import java.sql.SQLException;
import java.util.List;
import java.util.function.LongSupplier;

/** Applies pushed changes through the writer, then pages the account's changes since the cursor. */
public final class SyncService {
  private final Database db;
  private final ChangeWriter changes;
  private final LongSupplier clock;

  public SyncService(Database db, VoteCounter votes, LongSupplier clock) {
    this.db = db;
    this.changes = new ChangeWriter(votes);
    this.clock = clock;
  }

  /** One sync round trip: the pull follows the push in its transaction, so the answer includes it. */
  public SyncPage sync(Principal who, SyncRequest request) {
    long after = cursorSeq(request.cursor());
    RecordKeys.check(request.changes());
    List<Change> pushed = ChangeWriter.latestPerRecord(request.changes());
    int page = SyncRequest.MAX_CHANGES;
    long now = clock.getAsLong();
    List<RecordRow> rows = null;
    if (pushed.isEmpty()) {
      // A pull alone only reads, unless this sync is the one that starts counting the account's votes.
      rows = db.read(s -> dueToCount(s, who, now) ? null : SyncQueries.since(s, who.accountId(), after, page + 1));
    }
    if (rows == null) {
      // Pulled in the push's own transaction: the writer's page cache stays warm, while SQLite drops a
      // read connection's whole cache after every commit, and the pull paid for all its pages again.
      rows = db.writer().submit(tx -> {
        changes.apply(tx, who.accountId(), pushed, now);
        return tx.sql(s -> SyncQueries.since(s, who.accountId(), after, page + 1));
      });
    }
    boolean more = rows.size() > page;
    List<RecordRow> out = more ? rows.subList(0, page) : rows;
    long next = out.isEmpty() ? after : out.get(out.size() - 1).seq();
    return new SyncPage(Long.toString(next), out, more);
  }

  private boolean dueToCount(Statements s, Principal who, long now) throws SQLException {
    return SyncQueries.accountState(s, who.accountId()).map(a -> changes.dueToCount(a, now)).orElse(false);
  }

  /** The sequence number of a cursor in exactly the form this server writes: ASCII digits, no sign, no leading zero. */
  static long cursorSeq(String cursor) {
    if (cursor == null) {
      return 0;
    }
    boolean canonical = !cursor.isEmpty() && cursor.length() <= 19 && (cursor.length() == 1 || cursor.charAt(0) != '0');
    for (int i = 0; canonical && i < cursor.length(); i++) {
      char c = cursor.charAt(i);
      canonical = c >= '0' && c <= '9';
    }
    if (canonical) {
      try {
        return Long.parseLong(cursor);
      } catch (NumberFormatException e) {
        // 19 digits past Long.MAX_VALUE: not one this server issued either
      }
    }
    throw Problem.invalid("cursor was not issued by this server; send null for a full snapshot");
  }

  /** The stored text of a change's value. */
  static String valueText(Change c) {
    return c.deleted() ? null : JsonWriter.write(c.value());
  }
}
