package app.worthit.sync;

import app.worthit.json.JsonException;
import java.util.List;

/** A device's sync call: the changes it pushes and the cursor it last pulled up to (null: never). */
public record SyncRequest(String cursor, List<Change> changes) {
  /** Most changes one request may push; a client with more sends several requests. */
  public static final int MAX_CHANGES = 500;
  /** Longest cursor accepted; cursors are opaque to clients. */
  public static final int MAX_CURSOR = 64;

  public SyncRequest {
    if (cursor != null && (cursor.isEmpty() || cursor.length() > MAX_CURSOR)) {
      throw new JsonException("cursor must be null or 1 to " + MAX_CURSOR + " characters");
    }
    if (changes.size() > MAX_CHANGES) {
      throw new JsonException("changes: " + changes.size() + " in one batch, at most " + MAX_CHANGES);
    }
    changes = List.copyOf(changes);
  }
}
