package app.worthit.server.sync;

import app.worthit.server.db.RecordRow;
import java.util.List;

/**
 * The pull half of a sync as stored: the rows changed since the cursor, oldest first, with the cursor
 * to send next time. Kept as rows so the answer is written from the stored JSON text directly.
 */
public record SyncPage(String cursor, List<RecordRow> rows, boolean hasMore) {
  public SyncPage {
    rows = List.copyOf(rows);
  }
}
