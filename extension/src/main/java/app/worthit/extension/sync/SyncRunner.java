package app.worthit.extension.sync;

import app.worthit.extension.browser.Browser;
import app.worthit.extension.browser.StorageArea;
import app.worthit.extension.personal.LocalStore;
import app.worthit.extension.personal.PersonalRecord;
import app.worthit.json.JsonException;
import app.worthit.json.JsonValue;
import app.worthit.sync.Change;
import app.worthit.sync.RecordKind;
import app.worthit.sync.Replica;
import app.worthit.sync.SyncJson;
import app.worthit.sync.SyncRequest;
import app.worthit.sync.SyncResponse;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * One sync at a time: stages local edits into the replica's queue (kept in storage), pushes them
 * and pulls what changed page by page, writes the winners of the merge to local storage, and
 * records the outcome; a failure schedules a retry alarm with exponential backoff.
 */
final class SyncRunner {
  /** The alarm of the next retry after a failure. */
  static final String RETRY_ALARM = "worthit-sync-retry";
  /** Pages pulled in one run before yielding to the next. */
  private static final int MAX_PAGES = 100;

  private final SyncStore store = new SyncStore();
  private final LocalStore local = new LocalStore();
  private final StorageArea area = Browser.api().getStorage().getLocal();
  private final Runnable ratingsMoved;
  /** Longest a run may take before another may start (a run that died on an error never finishes). */
  private static final long STUCK_MILLIS = 120_000;
  private boolean running;
  private long startedAt;
  private boolean again;
  private boolean againForced;

  /** {@code ratingsMoved} runs after a sync pushed or pulled a rating (community counts changed). */
  SyncRunner(Runnable ratingsMoved) {
    this.ratingsMoved = ratingsMoved;
  }

  /**
   * Syncs now. {@code forced} (alarm, start, "sync now", a new account) always talks to the server;
   * otherwise (a local edit) only when something is queued and no backoff is pending.
   */
  void run(boolean forced) {
    if (running && now() - startedAt < STUCK_MILLIS) {
      again = true;
      againForced |= forced;
      return;
    }
    running = true;
    startedAt = now();
    store.read().then(items -> {
      SyncAccount account = SyncStore.account(items);
      if (account == null) {
        finish();
        return null;
      }
      SyncStatus status = SyncStatus.fromJson(items.get(SyncStore.STATUS));
      Replica stored;
      try {
        stored = ReplicaJson.read(items.get(SyncStore.REPLICA), account.deviceId());
      } catch (JsonException damaged) {
        // A damaged replica is rebuilt from local records and a full pull; nothing is lost.
        stored = Replica.empty(account.deviceId());
      }
      Replica from = stored;
      local.load().then(data -> {
        Replica staged = LocalDiff.stage(from, data, now());
        boolean waiting = status.failures() > 0 && now() < status.retryAt();
        if (!forced && (!staged.hasPending() || waiting)) {
          store.write(SyncStore.REPLICA, ReplicaJson.write(staged)).then(x -> finish());
          return null;
        }
        store.write(SyncStore.REPLICA, ReplicaJson.write(staged)).then(x -> {
          step(new ServerApi(account.server(), account.token()), staged, status, 0, false);
          return null;
        });
        return null;
      });
      return null;
    });
  }

  private void step(ServerApi api, Replica replica, SyncStatus status, int pages, boolean ratings) {
    SyncRequest request = replica.request();
    api.sync(request).then(answer -> {
      if (!answer.ok()) {
        fail(answer.words(), answer.status() == 401, answer.retryAfterMillis(), replica, status);
        return null;
      }
      SyncResponse response;
      try {
        response = SyncJson.response(answer.json() == null ? JsonValue.Null.INSTANCE : answer.json());
      } catch (JsonException e) {
        fail("The sync server sent an answer this version cannot read: " + e.getMessage(), false, 0, replica, status);
        return null;
      }
      Replica next = replica.acknowledge(request, response, now());
      boolean moved = ratings || touchesRatings(request.changes()) || touchesRatings(response.changes());
      local.load().then(data -> {
        apply(LocalDiff.writes(data, replica, next, response.changes()))
            .flatThen(x -> store.write(SyncStore.REPLICA, ReplicaJson.write(next)))
            .then(x -> {
              if ((response.hasMore() || next.hasPending()) && pages < MAX_PAGES) {
                step(api, next, status, pages + 1, moved);
                return null;
              }
              if (moved) {
                ratingsMoved.run();
              }
              WorkerEvents.clear(RETRY_ALARM);
              store.write(SyncStore.STATUS, status.succeeded(now(), next.pending().size()).toJson()).then(y -> finish());
              return null;
            });
        return null;
      });
      return null;
    });
  }

  private void fail(String words, boolean disconnected, long retryAfter, Replica replica, SyncStatus status) {
    long wait = SyncBackoff.delayMillis(status.failures() + 1, retryAfter);
    long retryAt = disconnected ? 0 : now() + wait;
    if (!disconnected) {
      WorkerEvents.at(RETRY_ALARM, retryAt);
    }
    store.write(SyncStore.STATUS, status.failed(words, retryAt, replica.pending().size()).toJson()).then(x -> finish());
  }

  private JSPromise<JSObject> apply(List<LocalWrite> writes) {
    List<PersonalRecord> puts = new ArrayList<>();
    JSPromise<JSObject> done = JSPromise.resolve(null);
    for (LocalWrite w : writes) {
      if (w.record() != null) {
        puts.add(w.record());
      } else {
        done = done.flatThen(x -> area.remove(w.storageKey()));
      }
    }
    return puts.isEmpty() ? done : done.flatThen(x -> local.putAll(puts));
  }

  private Object finish() {
    running = false;
    if (again) {
      boolean forced = againForced;
      again = false;
      againForced = false;
      run(forced);
    }
    return null;
  }

  private static boolean touchesRatings(List<Change> changes) {
    for (Change c : changes) {
      if (c.kind() == RecordKind.RATING) {
        return true;
      }
    }
    return false;
  }

  private static long now() {
    return System.currentTimeMillis();
  }
}
