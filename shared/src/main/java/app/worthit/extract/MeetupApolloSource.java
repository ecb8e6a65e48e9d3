package app.worthit.extract;

import app.worthit.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Events in Meetup's normalized Apollo cache ({@code props.pageProps.__APOLLO_STATE__} of
 * {@code __NEXT_DATA__}, or a legacy {@code window.__APOLLO_STATE__}), plus the denormalized
 * {@code pageProps.event} of event pages. {@code {"__ref": ...}} links resolve against the cache.
 */
final class MeetupApolloSource {
  private MeetupApolloSource() {}

  /** The events of a parsed __NEXT_DATA__ document. */
  static List<EventDraft> fromNextData(JsonValue nextData) {
    JsonValue.Obj props = JsonFields.obj(nextData, "props", "pageProps");
    if (props == null) {
      return List.of();
    }
    JsonValue.Obj cache = JsonFields.obj(props, "__APOLLO_STATE__");
    List<EventDraft> out = fromCache(cache);
    JsonValue.Obj event = JsonFields.obj(props, "event");
    if (event != null && "Event".equals(JsonFields.str(event, "__typename"))) {
      out.add(MeetupEvent.read(event, new ApolloCache(cache)));
    }
    return out;
  }

  /** The events of an Apollo cache object, in the cache's order. */
  static List<EventDraft> fromCache(JsonValue.Obj cache) {
    List<EventDraft> out = new ArrayList<>();
    if (cache == null) {
      return out;
    }
    ApolloCache refs = new ApolloCache(cache);
    for (Map.Entry<String, JsonValue> entry : cache.members().entrySet()) {
      JsonValue.Obj o = entry.getValue().asObj();
      if (o != null && (entry.getKey().startsWith("Event:")
          || "Event".equals(JsonFields.str(o, "__typename")) && o.has("id"))) {
        out.add(MeetupEvent.read(o, refs));
      }
    }
    return out;
  }
}
