package app.worthit.extract;

import app.worthit.json.JsonValue;

/** One Eventbrite event in the v3 API shape (also the organizer page's future and past events). */
final class EventbriteApiEvent {
  private EventbriteApiEvent() {}

  static EventDraft read(JsonValue.Obj e) {
    JsonValue.Obj organizer = JsonFields.obj(e, "organizer");
    String priceRange = JsonFields.str(e, "price_range");
    Integer price = Boolean.TRUE.equals(JsonFields.bool(e, "is_free")) ? Integer.valueOf(0)
        : Money.fromText(priceRange);
    String start = JsonFields.str(e, "start", "utc");
    String end = JsonFields.str(e, "end", "utc");
    String description = JsonFields.str(e, "summary");
    if (description == null) {
      description = text(e.get("description"));
    }
    return new EventDraft(
        JsonFields.str(e, "url"),
        PlainText.line(text(e.get("name"))),
        PlainText.block(description),
        PlainText.line(JsonFields.str(organizer, "name")),
        PlainText.block(text(organizer == null ? null : organizer.get("description"))),
        start != null ? start : JsonFields.str(e, "start", "local"),
        end != null ? end : JsonFields.str(e, "end", "local"),
        null,
        price,
        JsonFields.str(e, "currency"),
        null,
        JsonFields.integer(e, "capacity"),
        JsonFields.bool(e, "online_event"));
  }

  /** A plain string, or the text (else the HTML) of a {text, html} pair. */
  static String text(JsonValue v) {
    if (v == null) {
      return null;
    }
    if (v.asString() != null) {
      return v.asString();
    }
    String text = JsonFields.str(v, "text");
    return text != null ? text : JsonFields.str(v, "html");
  }
}
