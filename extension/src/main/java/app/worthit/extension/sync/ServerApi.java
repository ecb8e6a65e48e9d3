package app.worthit.extension.sync;

import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.sync.SyncJson;
import app.worthit.sync.SyncRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.core.JSPromise;

/** The sync server's HTTP API (docs/api.md), one method per endpoint; answers are never rejections. */
public final class ServerApi {
  private final String server;
  private final String token;

  /** The API at that address, calling as the device of that token (null: anonymous). */
  public ServerApi(String server, String token) {
    this.server = server;
    this.token = token;
  }

  /** {@code POST /api/v1/accounts}: a new account with this browser as its first device. */
  public JSPromise<ApiAnswer> createAccount(String deviceName) {
    return call("POST", "/api/v1/accounts", JsonWriter.write(named("name", deviceName)));
  }

  /** {@code POST /api/v1/pairing-codes}: a short code for another device. */
  public JSPromise<ApiAnswer> pairingCode() {
    return call("POST", "/api/v1/pairing-codes", null);
  }

  /** {@code POST /api/v1/devices}: joins the account of the code as a new device. */
  public JSPromise<ApiAnswer> pair(String code, String deviceName) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("pairingCode", new JsonValue.Str(code));
    m.put("name", new JsonValue.Str(deviceName));
    return call("POST", "/api/v1/devices", JsonWriter.write(new JsonValue.Obj(m)));
  }

  /** {@code GET /api/v1/devices}. */
  public JSPromise<ApiAnswer> devices() {
    return call("GET", "/api/v1/devices", null);
  }

  /** {@code DELETE /api/v1/devices/{id}}. */
  public JSPromise<ApiAnswer> revoke(String deviceId) {
    return call("DELETE", "/api/v1/devices/" + deviceId, null);
  }

  /** {@code DELETE /api/v1/account}: everything of the account on the server. */
  public JSPromise<ApiAnswer> deleteAccount() {
    return call("DELETE", "/api/v1/account", null);
  }

  /** {@code POST /api/v1/sync}. */
  public JSPromise<ApiAnswer> sync(SyncRequest request) {
    return call("POST", "/api/v1/sync", JsonWriter.write(SyncJson.toJson(request)));
  }

  /** {@code GET /api/v1/community?prefixes=...}. */
  public JSPromise<ApiAnswer> community(List<String> prefixes) {
    return call("GET", "/api/v1/community?prefixes=" + String.join(",", prefixes), null);
  }

  /** {@code GET /api/v1/claims}: this account's claims on groups. */
  public JSPromise<ApiAnswer> claims() {
    return call("GET", "/api/v1/claims", null);
  }

  /** {@code POST /api/v1/claims}: claims the group. */
  public JSPromise<ApiAnswer> claim(String groupKey) {
    return call("POST", "/api/v1/claims", JsonWriter.write(named("groupKey", groupKey)));
  }

  /** {@code POST /api/v1/claims/{id}/proof}: the page at {@code url} with its text. */
  public JSPromise<ApiAnswer> proof(String claimId, String url, String text) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("url", new JsonValue.Str(url));
    m.put("text", new JsonValue.Str(text));
    return call("POST", "/api/v1/claims/" + claimId + "/proof", JsonWriter.write(new JsonValue.Obj(m)));
  }

  /** {@code POST /api/v1/corrections}: a correction (a moderator's) or a suggestion (anyone's). */
  public JSPromise<ApiAnswer> correct(JsonValue.Obj correction) {
    return call("POST", "/api/v1/corrections", JsonWriter.write(correction));
  }

  private JSPromise<ApiAnswer> call(String method, String path, String body) {
    return Http.call(method, server + path, token, body).then(raw -> ApiAnswer.of(raw, server));
  }

  private static JsonValue.Obj named(String name, String value) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put(name, new JsonValue.Str(value));
    return new JsonValue.Obj(m);
  }
}
