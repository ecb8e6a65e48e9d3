package app.worthit.sync;

import java.util.List;

/**
 * The server's answer: every record changed after the request's cursor, up to a page of
 * {@link SyncRequest#MAX_CHANGES}, the cursor to send next time, and whether more pages wait.
 */
public record SyncResponse(String cursor, List<Change> changes, boolean hasMore) {
  public SyncResponse {
    changes = List.copyOf(changes);
  }
}
