package app.worthit.extension.sync;

import app.worthit.extension.browser.Browser;
import app.worthit.extension.browser.NativeJson;
import app.worthit.extension.browser.StorageArea;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** The sync items of chrome.storage.local: the server address, the account, the replica and the status. */
public final class SyncStore {
  /** The server address the user chose. */
  public static final String SERVER = "sync/server";
  /** This browser's account and device token. */
  public static final String ACCOUNT = "sync/account";
  /** The replica: merged state, queue of unsynced changes, cursor and clock. */
  public static final String REPLICA = "sync/replica";
  /** The last outcome, for the popup. */
  public static final String STATUS = "sync/status";

  private final StorageArea area = Browser.api().getStorage().getLocal();

  /** All sync items, as one object (absent items are absent members). */
  public JSPromise<JsonValue.Obj> read() {
    return area.get(NativeJson.parse("[\"" + SERVER + "\",\"" + ACCOUNT + "\",\"" + REPLICA + "\",\"" + STATUS + "\"]"))
        .then(items -> JsonParser.parse(NativeJson.stringify(items)).asObj());
  }

  /** Stores one item. */
  public JSPromise<JSObject> write(String name, JsonValue value) {
    return area.set(NativeJson.single(name, NativeJson.parse(JsonWriter.write(value))));
  }

  /** Removes one item. */
  public JSPromise<JSObject> remove(String name) {
    return area.remove(name);
  }

  /** The account in the items, or null when this browser does not sync. */
  public static SyncAccount account(JsonValue.Obj items) {
    return SyncAccount.fromJson(items.get(ACCOUNT), null);
  }

  /** The chosen server address, else the account's, else the default. */
  public static String server(JsonValue.Obj items) {
    String chosen = items.get(SERVER).asString();
    if (chosen != null && !chosen.isEmpty()) {
      return chosen;
    }
    SyncAccount account = account(items);
    return account != null ? account.server() : ServerAddress.DEFAULT;
  }
}
