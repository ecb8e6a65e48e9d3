package app.worthit.extension.sync;

import app.worthit.community.KeyPrefix;
import app.worthit.json.JsonException;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sync in the service worker: on a local edit (debounced), on a periodic alarm, at browser start,
 * when an account is set up, and on request; plus the community answers, claims and corrections the
 * content script asks for.
 */
public final class WorkerSync {
  /** The periodic sync alarm. */
  static final String PERIODIC_ALARM = "worthit-sync-periodic";
  /** Minutes between periodic syncs. */
  static final double PERIOD_MINUTES = 5;
  /** Quiet time after a local edit before it is pushed, so a burst of edits is one request. */
  static final int DEBOUNCE_MILLIS = 1500;

  private final CommunityCache community = new CommunityCache();
  private final SyncRunner runner = new SyncRunner(community::clear);
  private final SyncStore store = new SyncStore();
  private final ModerationRelay moderation = new ModerationRelay(store, community);
  private int debounce = -1;

  private WorkerSync() {}

  /** Registers every listener; call once, synchronously, when the worker starts. */
  public static void install() {
    new WorkerSync().listen();
  }

  private void listen() {
    WorkerEvents.onInstalled(() -> {
      WorkerEvents.repeat(PERIODIC_ALARM, PERIOD_MINUTES);
      runner.run(true);
    });
    WorkerEvents.onStartup(() -> {
      WorkerEvents.repeat(PERIODIC_ALARM, PERIOD_MINUTES);
      runner.run(true);
    });
    WorkerEvents.onAlarm(name -> {
      if (PERIODIC_ALARM.equals(name) || SyncRunner.RETRY_ALARM.equals(name)) {
        runner.run(true);
      }
    });
    WorkerEvents.onLocalChange(this::storageChanged);
    WorkerEvents.onMessage(this::message);
  }

  private void storageChanged(String namesJson) {
    JsonValue.Arr names = JsonParser.parse(namesJson).asArr();
    boolean edited = false;
    for (JsonValue n : names.items()) {
      String name = n.asString();
      if (SyncStore.ACCOUNT.equals(name)) {
        community.clear();
        runner.run(true);
        return;
      }
      edited |= name != null && name.startsWith("wi/");
    }
    if (edited) {
      if (debounce >= 0) {
        WorkerEvents.cancel(debounce);
      }
      debounce = WorkerEvents.later(() -> {
        debounce = -1;
        runner.run(false);
      }, DEBOUNCE_MILLIS);
    }
  }

  private void message(String json, TextCallback reply) {
    JsonValue msg;
    try {
      msg = JsonParser.parse(json);
    } catch (JsonException e) {
      reply.accept("null");
      return;
    }
    String type = msg.path("worthit").asString();
    if ("sync-now".equals(type)) {
      runner.run(true);
      reply.accept("{\"ok\":true}");
    } else if ("community".equals(type)) {
      communityCounts(msg.path("keys").asArr(), reply);
    } else if (ModerationRelay.handles(type)) {
      moderation.handle(type, msg, reply);
    } else {
      reply.accept("null");
    }
  }

  private void communityCounts(JsonValue.Arr asked, TextCallback reply) {
    List<String> keys = new ArrayList<>();
    if (asked != null) {
      for (JsonValue k : asked.items()) {
        if (k.asString() != null) {
          keys.add(k.asString());
        }
      }
    }
    store.read().then(items -> {
      SyncAccount account = SyncStore.account(items);
      if (account == null || keys.isEmpty()) {
        // Without sync turned on the extension talks to no server at all.
        reply.accept(answer(new CommunityCache.Found(List.of(), List.of()), account != null));
        return null;
      }
      community.lookup(account.server(), KeyPrefix.distinct(keys)).then(found -> {
        reply.accept(answer(found, true));
        return null;
      });
      return null;
    });
  }

  private static String answer(CommunityCache.Found found, boolean syncing) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("aggregates", new JsonValue.Arr(found.aggregates()));
    m.put("corrections", new JsonValue.Arr(found.corrections()));
    m.put("syncing", JsonValue.Bool.of(syncing));
    return JsonWriter.write(new JsonValue.Obj(m));
  }
}
