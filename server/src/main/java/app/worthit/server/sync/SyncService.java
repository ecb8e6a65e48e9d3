package app.worthit.server.sync;

import app.worthit.json.JsonWriter;
import app.worthit.server.auth.Principal;
import app.worthit.server.community.CommunityIndex;
import app.worthit.server.db.Database;
import app.worthit.server.db.SyncQueries;
import app.worthit.server.db.RecordRow;
import app.worthit.server.http.Problem;
import app.worthit.sync.Change;
import app.worthit.sync.SyncRequest;
import java.util.List;

/** Applies pushed changes through the writer, then pages the account's changes since the cursor. */
public final class SyncService {
  private final Database db;
  private final ChangeWriter changes;

  public SyncService(Database db, CommunityIndex community) {
    this.db = db;
    this.changes = new ChangeWriter(community);
  }

  /** One sync round trip: the pull follows the push in its transaction, so the answer includes it. */
  public SyncPage sync(Principal who, SyncRequest request) {
    long after = cursorSeq(request.cursor());
    RecordKeys.check(request.changes());
    List<Change> pushed = ChangeWriter.latestPerRecord(request.changes());
    int page = SyncRequest.MAX_CHANGES;
    List<RecordRow> rows;
    if (pushed.isEmpty()) {
      rows = db.read(s -> SyncQueries.since(s, who.accountId(), after, page + 1));
    } else {
      // Pulled in the push's own transaction: the writer's page cache stays warm, while SQLite drops a
      // read connection's whole cache after every commit, and the pull paid for all its pages again.
      rows = db.writer().submit(tx -> {
        changes.apply(tx, who.accountId(), pushed);
        return tx.sql(s -> SyncQueries.since(s, who.accountId(), after, page + 1));
      });
    }
    boolean more = rows.size() > page;
    List<RecordRow> out = more ? rows.subList(0, page) : rows;
    long next = out.isEmpty() ? after : out.get(out.size() - 1).seq();
    return new SyncPage(Long.toString(next), out, more);
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
