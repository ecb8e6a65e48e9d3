package app.worthit.extension.sync;

import app.worthit.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** This browser's device on a sync server: where, which account and device, and its bearer token. */
public record SyncAccount(String server, String accountId, String deviceId, String token) {
  public SyncAccount {
    if (server == null || accountId == null || deviceId == null || token == null) {
      throw new IllegalArgumentException("an account needs a server, ids and a token");
    }
  }

  /** The stored form. */
  public JsonValue.Obj toJson() {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("server", new JsonValue.Str(server));
    m.put("accountId", new JsonValue.Str(accountId));
    m.put("deviceId", new JsonValue.Str(deviceId));
    m.put("token", new JsonValue.Str(token));
    return new JsonValue.Obj(m);
  }

  /** The account stored (or answered by the server for that address), or null when there is none. */
  public static SyncAccount fromJson(JsonValue json, String server) {
    JsonValue.Obj o = json == null ? null : json.asObj();
    if (o == null) {
      return null;
    }
    String at = o.get("server").asString();
    String account = o.get("accountId").asString();
    String device = o.get("deviceId").asString();
    String token = o.get("token").asString();
    if ((at == null && server == null) || account == null || device == null || token == null) {
      return null;
    }
    return new SyncAccount(at != null ? at : server, account, device, token);
  }
}
