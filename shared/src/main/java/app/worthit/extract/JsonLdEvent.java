package app.worthit.extract;

import app.worthit.json.JsonValue;

/** One schema.org Event object read into a draft. */
final class JsonLdEvent {
  private JsonLdEvent() {}

  static EventDraft read(JsonValue.Obj e, String base) {
    String url = JsonLdSource.link(JsonFields.str(e, "url"), base);
    if (url == null) {
      url = JsonLdSource.link(JsonFields.str(e, "@id"), base);
    }
    if (url == null) {
      url = base; // an event page's own event often names no URL; kept only if base is an event URL
    }
    JsonValue organizer = first(e.get("organizer"));
    String groupName = PlainText.line(name(organizer));
    if (groupName == null) {
      groupName = PlainText.line(name(first(e.get("performer"))));
    }
    JsonValue offer = first(e.get("offers"));
    Integer price = Money.cents(offer.path("price"));
    if (price == null) {
      price = Money.cents(offer.path("lowPrice"));
    }
    if (price == null && Boolean.TRUE.equals(JsonFields.bool(e, "isAccessibleForFree"))) {
      price = 0;
    }
    return new EventDraft(
        url,
        PlainText.line(JsonFields.str(e, "name")),
        PlainText.block(JsonFields.str(e, "description")),
        groupName,
        PlainText.block(JsonFields.str(organizer, "description")),
        emptyToNull(JsonFields.str(e, "startDate")),
        emptyToNull(JsonFields.str(e, "endDate")),
        null,
        price,
        emptyToNull(JsonFields.str(offer, "priceCurrency")),
        null,
        JsonFields.integer(e, "maximumAttendeeCapacity"),
        online(e));
  }

  private static Boolean online(JsonValue.Obj e) {
    String mode = JsonFields.str(e, "eventAttendanceMode");
    if (mode != null && mode.endsWith("OnlineEventAttendanceMode")) {
      return true;
    }
    if (mode != null && mode.endsWith("OfflineEventAttendanceMode")) {
      return false;
    }
    String place = JsonFields.str(first(e.get("location")), "@type");
    return "VirtualLocation".equals(place) ? Boolean.TRUE : null;
  }

  private static String name(JsonValue v) {
    return v.asString() != null ? v.asString() : JsonFields.str(v, "name");
  }

  private static JsonValue first(JsonValue v) {
    if (v instanceof JsonValue.Arr a) {
      return a.items().isEmpty() ? JsonValue.Null.INSTANCE : a.items().get(0);
    }
    return v;
  }

  private static String emptyToNull(String s) {
    return s == null || s.trim().isEmpty() ? null : s.trim();
  }
}
