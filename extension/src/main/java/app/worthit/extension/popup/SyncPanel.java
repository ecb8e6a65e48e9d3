package app.worthit.extension.popup;

import app.worthit.extension.sync.ApiAnswer;
import app.worthit.extension.sync.Permissions;
import app.worthit.extension.sync.ServerAddress;
import app.worthit.extension.sync.ServerApi;
import app.worthit.extension.sync.StorageWatch;
import app.worthit.extension.sync.SyncAccount;
import app.worthit.extension.sync.SyncStatus;
import app.worthit.extension.sync.SyncStatusWords;
import app.worthit.extension.sync.SyncStore;
import app.worthit.extension.sync.WorkerMessage;
import app.worthit.json.JsonValue;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The popup's sync section: server address, "sync this browser", pairing codes both ways, the
 * account's devices with revoke, deleting the account's data from the server, and the sync status.
 */
final class SyncPanel {
  private final HTMLDocument doc = HTMLDocument.current();
  private final SyncStore store = new SyncStore();
  private JsonValue.Obj items = new JsonValue.Obj(java.util.Map.of());
  private boolean confirmDelete;
  /** The token the device list was last fetched with, so status updates do not refetch it. */
  private String listedWith;

  void bind() {
    click("sync-start", () -> withServer(server -> call(new ServerApi(server, null).createAccount(deviceName()),
        "Creating an account…", answer -> connect(server, answer))));
    click("pair", () -> withServer(server -> {
      String code = field("pairing-code").getValue().trim();
      if (code.isEmpty()) {
        say("Type the pairing code shown on your other device.");
        return;
      }
      call(new ServerApi(server, null).pair(code, deviceName()), "Joining…", answer -> connect(server, answer));
    }));
    click("sync-now", () -> {
      say("Syncing…");
      WorkerMessage.send("{\"worthit\":\"sync-now\"}", reply -> { });
    });
    click("add-device", () -> withAccount(api -> call(api.pairingCode(), "Asking for a code…", answer -> {
      JsonValue json = answer.json();
      String code = json == null ? null : json.path("code").asString();
      doc.getElementById("pairing-code-shown").setTextContent(code == null ? "" : code);
      listedWith = null;
      say(code == null ? "The server sent no code." : "On your other device, open Worth It?, choose the same server "
          + "and enter this code within 10 minutes. It works once.");
    })));
    click("delete-account", () -> {
      if (!confirmDelete) {
        confirmDelete = true;
        say("Click \"Delete my data from the server\" again to confirm.");
        return;
      }
      confirmDelete = false;
      withAccount(api -> call(api.deleteAccount(), "Deleting…", answer -> disconnect(
          "Deleted from the server: your account, every device's connection, your synced ratings, attendance marks, "
              + "notes and profile, and your votes in the community counts. This browser's own data is still here.")));
    });
    doc.getElementById("devices").addEventListener("click", event -> {
      HTMLElement target = (HTMLElement) event.getTarget();
      String id = target.getAttribute("data-revoke");
      if (id != null) {
        revoke(id);
      }
    });
    field("sync-server").addEventListener("change", event -> {
      try {
        store.write(SyncStore.SERVER, new JsonValue.Str(ServerAddress.normalize(field("sync-server").getValue())));
      } catch (IllegalArgumentException e) {
        say(e.getMessage());
      }
    });
    StorageWatch.onSyncChange(this::refresh);
    refresh();
  }

  private void refresh() {
    store.read().then(latest -> {
      items = latest;
      show();
      return null;
    });
  }

  private void show() {
    SyncAccount account = SyncStore.account(items);
    SyncStatus status = SyncStatus.fromJson(items.get(SyncStore.STATUS));
    FormField server = field("sync-server");
    if (doc.getActiveElement() != (Object) server) {
      server.setValue(SyncStore.server(items));
    }
    HTMLElement state = doc.getElementById("sync-state");
    state.setTextContent(SyncStatusWords.of(account != null, status, System.currentTimeMillis()));
    state.setAttribute("data-state", account == null ? "off" : status.error() != null ? "error"
        : status.lastSyncedAt() == 0 ? "starting" : status.pending() > 0 ? "pending" : "ok");
    state.setAttribute("data-synced-at", Long.toString(status.lastSyncedAt()));
    state.setAttribute("data-pending", Integer.toString(status.pending()));
    toggle("sync-off", account == null);
    toggle("sync-on", account != null);
    if (account != null && !account.token().equals(listedWith)) {
      listedWith = account.token();
      listDevices(new ServerApi(account.server(), account.token()));
    }
  }

  private void listDevices(ServerApi api) {
    api.devices().then(answer -> {
      HTMLElement list = doc.getElementById("devices");
      while (list.getFirstChild() != null) {
        list.removeChild(list.getFirstChild());
      }
      if (answer.status() == 401) {
        disconnect(answer.words());
        return null;
      }
      JsonValue.Arr devices = answer.ok() && answer.json() != null ? answer.json().path("devices").asArr() : null;
      if (devices == null) {
        list.appendChild(text("li", answer.ok() ? "No devices." : answer.words()));
        return null;
      }
      for (JsonValue d : devices.items()) {
        HTMLElement item = text("li", d.path("name").asString() + (d.path("current") instanceof JsonValue.Bool b
            && b.value() ? " (this browser)" : "") + ", added " + day(d.path("createdAt").asString()) + " ");
        HTMLElement revoke = text("button", "Revoke");
        revoke.setAttribute("type", "button");
        revoke.setAttribute("data-revoke", d.path("deviceId").asString());
        item.appendChild(revoke);
        list.appendChild(item);
      }
      return null;
    });
  }

  private void revoke(String deviceId) {
    SyncAccount account = SyncStore.account(items);
    withAccount(api -> call(api.revoke(deviceId), "Revoking…", answer -> {
      listedWith = null;
      if (account != null && deviceId.equals(account.deviceId())) {
        disconnect("This browser was disconnected from the sync account. Its data stays here.");
      } else {
        say("Revoked: that device can no longer sync.");
        listDevices(api);
      }
    }));
  }

  private void connect(String server, ApiAnswer answer) {
    SyncAccount account = SyncAccount.fromJson(answer.json(), server);
    if (account == null) {
      say("The server's answer had no account in it.");
      return;
    }
    field("pairing-code").setValue("");
    store.remove(SyncStore.REPLICA)
        .flatThen(x -> store.remove(SyncStore.STATUS))
        .flatThen(x -> store.write(SyncStore.SERVER, new JsonValue.Str(server)))
        .flatThen(x -> store.write(SyncStore.ACCOUNT, account.toJson()))
        .then(x -> {
          say("This browser now syncs with " + server + ".");
          return null;
        });
  }

  private void disconnect(String message) {
    store.remove(SyncStore.ACCOUNT)
        .flatThen(x -> store.remove(SyncStore.REPLICA))
        .flatThen(x -> store.remove(SyncStore.STATUS))
        .then(x -> {
          say(message);
          return null;
        });
  }

  /** Runs the step with the typed server address once it is valid and the browser may call it. */
  private void withServer(Consumer<String> step) {
    String server;
    try {
      server = ServerAddress.normalize(field("sync-server").getValue());
    } catch (IllegalArgumentException e) {
      say(e.getMessage());
      return;
    }
    if (Permissions.builtIn(server)) {
      step.accept(server);
      return;
    }
    String chosen = server;
    Permissions.request(ServerAddress.permissionPattern(server), granted -> {
      if ("true".equals(granted)) {
        step.accept(chosen);
      } else {
        say("Worth It? needs your permission to talk to " + chosen + ".");
      }
    });
  }

  private void withAccount(Consumer<ServerApi> step) {
    SyncAccount account = SyncStore.account(items);
    if (account == null) {
      say("This browser does not sync yet.");
      return;
    }
    step.accept(new ServerApi(account.server(), account.token()));
  }

  private void call(org.teavm.jso.core.JSPromise<ApiAnswer> request, String busy, Consumer<ApiAnswer> onSuccess) {
    say(busy);
    request.then(answer -> {
      if (answer.ok()) {
        onSuccess.accept(answer);
      } else if (answer.status() == 401) {
        disconnect(answer.words());
      } else {
        say(answer.words());
      }
      return null;
    });
  }

  private void say(String message) {
    doc.getElementById("sync-message").setTextContent(message);
  }

  private void click(String id, Runnable action) {
    doc.getElementById(id).addEventListener("click", event -> {
      event.preventDefault();
      action.run();
    });
  }

  private void toggle(String id, boolean visible) {
    HTMLElement e = doc.getElementById(id);
    if (visible) {
      e.removeAttribute("hidden");
    } else {
      e.setAttribute("hidden", "");
    }
  }

  private HTMLElement text(String tag, String content) {
    HTMLElement e = doc.createElement(tag);
    e.setTextContent(content);
    return e;
  }

  private FormField field(String id) {
    return (FormField) doc.getElementById(id);
  }

  private static String day(String iso) {
    return iso != null && iso.length() >= 10 ? iso.substring(0, 10) : "an unknown day";
  }

  /** A device name the user can recognise in the list: the browser and the platform. */
  @JSBody(script = "var p = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || 'unknown';"
      + " return ('Chromium on ' + p).substring(0, 64);")
  private static native String deviceName();
}
