package app.worthit.extract;

import app.worthit.json.JsonValue;

/**
 * Resolves Apollo links against the normalized cache they point into: {@code {"__ref": "Type:id"}}
 * (Apollo 3) and {@code {"type": "id", "id": "Type:id"}} (Apollo 2, Meetup's legacy pages).
 */
record ApolloCache(JsonValue.Obj entries) {
  /** The referenced object when v is a reference, v itself when it is an object, else null. */
  JsonValue.Obj resolve(JsonValue v) {
    JsonValue.Obj o = v == null ? null : v.asObj();
    if (o == null) {
      return null;
    }
    String ref = JsonFields.str(o, "__ref");
    if (ref == null && "id".equals(JsonFields.str(o, "type"))) {
      ref = JsonFields.str(o, "id");
    }
    if (ref == null) {
      return o;
    }
    return entries == null ? null : entries.get(ref).asObj();
  }
}
