package app.worthit.extract;

import app.worthit.json.JsonValue;
import java.util.List;

/** The event of an Eventbrite event page's {@code __NEXT_DATA__}: {@code pageProps.context.basicInfo}. */
final class EventbriteNextDataSource {
  private EventbriteNextDataSource() {}

  static List<EventDraft> fromNextData(JsonValue nextData) {
    JsonValue.Obj context = JsonFields.obj(nextData, "props", "pageProps", "context");
    JsonValue.Obj info = JsonFields.obj(context, "basicInfo");
    if (info == null) {
      return List.of();
    }
    JsonValue.Obj organizer = JsonFields.obj(info, "organizer");
    List<JsonValue> offers = JsonFields.items(context, "seo", "offersSchema");
    JsonValue offer = offers.isEmpty() ? JsonValue.Null.INSTANCE : offers.get(0);
    Integer price = Boolean.TRUE.equals(JsonFields.bool(info, "isFree")) ? Integer.valueOf(0)
        : Money.cents(offer.path("lowPrice"));
    String currency = JsonFields.str(info, "currency");
    String start = JsonFields.str(info, "startDate", "utc");
    String end = JsonFields.str(info, "endDate", "utc");
    return List.of(new EventDraft(
        JsonFields.str(info, "url"),
        PlainText.line(JsonFields.str(info, "name")),
        PlainText.block(JsonFields.str(info, "summary")),
        PlainText.line(JsonFields.str(organizer, "name")),
        PlainText.block(JsonFields.str(organizer, "description")),
        start != null ? start : JsonFields.str(info, "startDate", "local"),
        end != null ? end : JsonFields.str(info, "endDate", "local"),
        null,
        price,
        currency != null ? currency : JsonFields.str(offer, "priceCurrency"),
        null,
        null,
        JsonFields.bool(info, "isOnline")));
  }
}
