package app.worthit.wire;

import app.worthit.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a JSON object in a fixed member order, leaving out unknown (null) values. */
final class JsonObjectBuilder {
  private final Map<String, JsonValue> members = new LinkedHashMap<>();

  JsonObjectBuilder put(String name, String value) {
    if (value != null) {
      members.put(name, new JsonValue.Str(value));
    }
    return this;
  }

  JsonObjectBuilder put(String name, Integer value) {
    if (value != null) {
      members.put(name, JsonValue.Num.of(value));
    }
    return this;
  }

  JsonObjectBuilder put(String name, Boolean value) {
    if (value != null) {
      members.put(name, JsonValue.Bool.of(value));
    }
    return this;
  }

  JsonObjectBuilder put(String name, JsonValue value) {
    if (value != null) {
      members.put(name, value);
    }
    return this;
  }

  JsonValue.Obj build() {
    return new JsonValue.Obj(members);
  }
}
