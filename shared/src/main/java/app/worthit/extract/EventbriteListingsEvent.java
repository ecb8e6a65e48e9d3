package app.worthit.extract;

import app.worthit.json.JsonValue;

/**
 * The page's own event on Eventbrite's legacy server-rendered event pages ({@code app_name}
 * "listings", still served for past events, with no Event JSON-LD): {@code __SERVER_DATA__.event}
 * with its {@code organizer}, {@code components} and {@code event_listing_response}.
 */
final class EventbriteListingsEvent {
  private EventbriteListingsEvent() {}

  /** The draft of the page's own event, or null when the data hold no {@code event} object. */
  static EventDraft read(JsonValue data) {
    JsonValue.Obj e = JsonFields.obj(data, "event");
    if (e == null) {
      return null;
    }
    JsonValue.Obj organizer = JsonFields.obj(data, "organizer");
    JsonValue.Obj components = JsonFields.obj(data, "components");
    JsonValue.Obj tickets = JsonFields.obj(data, "event_listing_response", "tickets");
    String start = JsonFields.str(e, "start", "utc");
    String end = JsonFields.str(e, "end", "utc");
    Cost cost = cost(tickets);
    String shown = JsonFields.str(components, "conversionBar", "panelDisplayPrice");
    Integer price = cost != null ? Integer.valueOf(cost.cents) : Money.fromText(shown);
    String currency = cost != null ? cost.currency : shown == null ? null : Money.currencyOf(shown);
    return new EventDraft(
        JsonFields.str(e, "url"),
        PlainText.line(EventbriteApiEvent.text(e.get("name"))),
        PlainText.block(JsonFields.str(components, "eventDescription", "summary")),
        PlainText.line(JsonFields.str(organizer, "name")),
        PlainText.block(EventbriteApiEvent.text(organizer == null ? null : organizer.get("description"))),
        start != null ? start : JsonFields.str(e, "start", "local"),
        end != null ? end : JsonFields.str(e, "end", "local"),
        null,
        price,
        currency,
        null,
        null,
        JsonFields.bool(e, "isOnlineEvent"));
  }

  /** An amount in minor units (Eventbrite's cost objects: {@code {value, currency}}) and its currency. */
  private record Cost(int cents, String currency) {}

  /** The lowest ticket price: the availability's minimum, else the cheapest ticket class's total cost. */
  private static Cost cost(JsonValue.Obj tickets) {
    Cost minimum = amount(JsonFields.obj(tickets, "availability", "minimumTicketPrice"));
    if (minimum != null) {
      return minimum;
    }
    Cost lowest = null;
    for (JsonValue c : JsonFields.items(tickets, "ticketClasses")) {
      Cost total = amount(JsonFields.obj(c, "totalCost"));
      if (total != null && (lowest == null || total.cents < lowest.cents)) {
        lowest = total;
      }
    }
    return lowest;
  }

  private static Cost amount(JsonValue.Obj amount) {
    Integer value = JsonFields.integer(amount, "value");
    return value == null ? null : new Cost(value, JsonFields.str(amount, "currency"));
  }
}
