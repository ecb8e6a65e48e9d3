package app.worthit.sync;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Last-writer-wins merge: per record, the change with the greatest hlc wins; deletes are tombstones. */
public final class Merge {
  private Merge() {}

  /** True when {@code incoming} should replace {@code current} (null when there is none). */
  public static boolean supersedes(Change incoming, Change current) {
    return current == null || incoming.hlc().compareTo(current.hlc()) > 0;
  }

  /** A new state: {@code state} with every change applied; order of {@code changes} does not matter. */
  public static TreeMap<RecordId, Change> apply(Map<RecordId, Change> state, List<Change> changes) {
    TreeMap<RecordId, Change> out = new TreeMap<>(state);
    for (Change c : changes) {
      if (supersedes(c, out.get(c.id()))) {
        out.put(c.id(), c);
      }
    }
    return out;
  }
}
