package app.worthit.extract;

import app.worthit.json.JsonValue;

/** One {@code destination_event} of Eventbrite's search (the /d/ pages and their search API). */
final class EventbriteDestinationEvent {
  private EventbriteDestinationEvent() {}

  static EventDraft read(JsonValue.Obj e) {
    JsonValue.Obj organizer = JsonFields.obj(e, "primary_organizer");
    JsonValue.Obj tickets = JsonFields.obj(e, "ticket_availability");
    JsonValue.Obj minimum = JsonFields.obj(tickets, "minimum_ticket_price");
    Integer price = Boolean.TRUE.equals(JsonFields.bool(tickets, "is_free")) ? Integer.valueOf(0)
        : Money.cents(minimum == null ? JsonValue.Null.INSTANCE : minimum.get("major_value"));
    String date = JsonFields.str(e, "start_date");
    String time = JsonFields.str(e, "start_time");
    String endDate = JsonFields.str(e, "end_date");
    String endTime = JsonFields.str(e, "end_time");
    return new EventDraft(
        JsonFields.str(e, "url"),
        PlainText.line(EventbriteApiEvent.text(e.get("name"))),
        PlainText.block(JsonFields.str(e, "summary")),
        PlainText.line(JsonFields.str(organizer, "name")),
        PlainText.block(JsonFields.str(organizer, "summary")),
        date == null ? null : time == null ? date : date + "T" + time,
        endDate == null ? null : endTime == null ? endDate : endDate + "T" + endTime,
        null,
        price,
        JsonFields.str(minimum, "currency"),
        null,
        null,
        JsonFields.bool(e, "is_online_event"));
  }
}
