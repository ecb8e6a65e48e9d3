package app.worthit.extract;

import app.worthit.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Events in Eventbrite's {@code window.__SERVER_DATA__}: organizer pages'
 * {@code view_data.events.future_events[]} and {@code past_events[]}, search pages'
 * {@code search_data.events.results[]} of destination events, and legacy event pages' own
 * {@code event}.
 */
final class EventbriteServerDataSource {
  private EventbriteServerDataSource() {}

  /** The events of the script that assigns window.__SERVER_DATA__; none if absent or malformed. */
  static List<EventDraft> fromScript(String scriptText) {
    JsonValue data = JsonFields.parse(ScriptAssignment.objectText(scriptText, "__SERVER_DATA__"));
    return data == null ? List.of() : fromData(data);
  }

  /** The events of the parsed __SERVER_DATA__ object. */
  static List<EventDraft> fromData(JsonValue data) {
    List<EventDraft> out = new ArrayList<>();
    EventDraft own = EventbriteListingsEvent.read(data);
    if (own != null) {
      out.add(own);
    }
    JsonValue.Obj events = JsonFields.obj(data, "view_data", "events");
    for (String list : new String[] {"future_events", "past_events"}) {
      for (JsonValue e : JsonFields.items(events, list)) {
        if (e.asObj() != null) {
          out.add(EventbriteApiEvent.read(e.asObj()));
        }
      }
    }
    for (JsonValue e : JsonFields.items(data, "search_data", "events", "results")) {
      if (e.asObj() != null) {
        out.add(EventbriteDestinationEvent.read(e.asObj()));
      }
    }
    return out;
  }
}
