package app.worthit.server.http;

import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes JSON responses from the shared JSON tree. */
final class JsonResponse {
  private JsonResponse() {}

  static void send(Context ctx, int status, JsonValue body) {
    ctx.status(status).contentType("application/json").result(JsonWriter.write(body));
  }

  /** An object from alternating names and values (strings, numbers, booleans or JSON values). */
  static JsonValue.Obj object(Object... namesAndValues) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object v = namesAndValues[i + 1];
      JsonValue json = v instanceof JsonValue j ? j
          : v instanceof String s ? new JsonValue.Str(s)
          : v instanceof Boolean b ? JsonValue.Bool.of(b)
          : v instanceof Number n ? JsonValue.Num.of(n.longValue())
          : JsonValue.Null.INSTANCE;
      m.put((String) namesAndValues[i], json);
    }
    return new JsonValue.Obj(m);
  }
}
