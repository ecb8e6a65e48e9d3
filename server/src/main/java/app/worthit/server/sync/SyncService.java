package app.worthit.server.sync;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonWriter;
import app.worthit.server.auth.Principal;
import app.worthit.server.community.CommunityIndex;
import app.worthit.server.db.Database;
import app.worthit.server.db.SyncQueries;
import app.worthit.server.db.RecordRow;
import app.worthit.server.http.Problem;
import app.worthit.sync.Change;
import app.worthit.sync.Hlc;
import app.worthit.sync.RecordKind;
import app.worthit.sync.SyncRequest;
import app.worthit.sync.SyncResponse;
import java.util.ArrayList;
import java.util.List;

/** Applies pushed changes through the writer, then pages the account's changes since the cursor. */
public final class SyncService {
  private final Database db;
  private final ChangeWriter changes;

  public SyncService(Database db, CommunityIndex community) {
    this.db = db;
    this.changes = new ChangeWriter(community);
  }

  /** One sync round trip: the push is committed before the pull, so the answer includes it. */
  public SyncResponse sync(Principal who, SyncRequest request) {
    long after = cursorSeq(request.cursor());
    List<Change> pushed = ChangeWriter.latestPerRecord(request.changes());
    if (!pushed.isEmpty()) {
      db.writer().submit(tx -> changes.apply(tx, who.accountId(), pushed));
    }
    int page = SyncRequest.MAX_CHANGES;
    List<RecordRow> rows = db.read(s -> SyncQueries.since(s, who.accountId(), after, page + 1));
    boolean more = rows.size() > page;
    List<Change> out = new ArrayList<>(Math.min(rows.size(), page));
    for (RecordRow row : rows.subList(0, Math.min(rows.size(), page))) {
      out.add(toChange(row));
    }
    long next = out.isEmpty() ? after : rows.get(out.size() - 1).seq();
    return new SyncResponse(Long.toString(next), out, more);
  }

  private static long cursorSeq(String cursor) {
    if (cursor == null) {
      return 0;
    }
    try {
      long seq = Long.parseLong(cursor);
      if (seq >= 0) {
        return seq;
      }
    } catch (NumberFormatException e) {
      // falls through to the problem below
    }
    throw Problem.invalid("cursor \"" + cursor + "\" was not issued by this server; send null for a full snapshot");
  }

  private static Change toChange(RecordRow row) {
    boolean deleted = row.deleted() != 0;
    return new Change(RecordKind.of(row.kind()), row.recordKey(),
        deleted || row.value() == null ? null : JsonParser.parse(row.value()), Hlc.parse(row.hlc()), deleted);
  }

  /** The stored text of a change's value. */
  static String valueText(Change c) {
    return c.deleted() ? null : JsonWriter.write(c.value());
  }
}
