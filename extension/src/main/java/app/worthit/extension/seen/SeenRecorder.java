package app.worthit.extension.seen;

import app.worthit.extension.personal.PersonalData;
import app.worthit.model.Listing;
import app.worthit.model.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teavm.jso.browser.Window;

/**
 * The content script's side of the seen log: each verdict placed or changed is noted, and the
 * notes are written together a second later, only where the stored record differs. Once a page,
 * after its first write, the log is trimmed to {@link SeenPolicy}'s limits.
 */
public final class SeenRecorder {
  /** Wait before a write, in ms: a page's badges and their re-scores go in one write. */
  private static final int WRITE_DELAY_MS = 1000;

  private final SeenStore store = new SeenStore();
  private final Map<String, SeenEvent> pending = new LinkedHashMap<>();
  private boolean scheduled;
  private boolean trimmed;
  private PersonalData personal = PersonalData.EMPTY;

  /** Notes the verdict now shown for the listing; the user's data name the attended events kept longer. */
  public void note(Listing listing, Verdict verdict, PersonalData data) {
    personal = data;
    pending.put(listing.key(), SeenEvent.of(listing, verdict, System.currentTimeMillis()));
    if (!scheduled) {
      scheduled = true;
      Window.setTimeout(this::write, WRITE_DELAY_MS);
    }
  }

  private void write() {
    scheduled = false;
    Map<String, SeenEvent> batch = new LinkedHashMap<>(pending);
    pending.clear();
    store.get(batch.keySet()).then(stored -> {
      List<SeenEvent> changed = new ArrayList<>();
      for (SeenEvent fresh : batch.values()) {
        if (SeenPolicy.needsWrite(stored.get(fresh.key()), fresh)) {
          changed.add(fresh);
        }
      }
      if (!changed.isEmpty()) {
        store.putAll(changed).then(done -> {
          trimOnce();
          return null;
        });
      }
      return null;
    });
  }

  private void trimOnce() {
    if (trimmed) {
      return;
    }
    trimmed = true;
    Set<String> attended = new HashSet<>(personal.attendedKeys());
    store.load().then(data -> {
      List<String> drop = SeenPolicy.toDrop(data.events(), attended, System.currentTimeMillis());
      if (!drop.isEmpty()) {
        store.remove(drop);
      }
      return null;
    });
  }
}
