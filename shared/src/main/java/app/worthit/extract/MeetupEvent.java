package app.worthit.extract;

import app.worthit.json.JsonValue;
import app.worthit.model.Recurrence;
import java.util.Map;

/** One Meetup Event object (GraphQL, Apollo cache or denormalized) read into a draft. */
final class MeetupEvent {
  private MeetupEvent() {}

  static EventDraft read(JsonValue.Obj e, ApolloCache cache) {
    JsonValue.Obj group = cache.resolve(e.get("group"));
    String url = JsonFields.str(e, "eventUrl");
    if (url == null) {
      url = JsonFields.str(e, "link");
    }
    String id = JsonFields.str(e, "id");
    String urlname = JsonFields.str(group, "urlname");
    if (url == null && id != null && urlname != null) {
      url = "https://www.meetup.com/" + urlname + "/events/" + id + "/";
    }
    JsonValue.Obj fee = JsonFields.obj(e, "feeSettings");
    if (fee == null) {
      fee = JsonFields.obj(e, "fee");
    }
    Integer price = fee != null ? Money.cents(fee.get("amount"))
        : e.has("feeSettings") ? Integer.valueOf(0) : null;
    Integer capacity = JsonFields.integer(e, "maxTickets");
    return new EventDraft(
        url,
        PlainText.line(JsonFields.str(e, "title") != null ? JsonFields.str(e, "title") : JsonFields.str(e, "name")),
        PlainText.block(JsonFields.str(e, "description")),
        PlainText.line(JsonFields.str(group, "name")),
        PlainText.block(JsonFields.str(group, "description")),
        start(e),
        JsonFields.str(e, "endTime"),
        recurrence(cache.resolve(e.get("series"))),
        price,
        fee != null ? JsonFields.str(fee, "currency") : null,
        attendees(e, cache),
        capacity != null && capacity > 0 ? capacity : null,
        online(e));
  }

  /** The YES count: {@code rsvps({"filter":{"rsvpStatus":["YES"]}})}, {@code going}, {@code goingCount}. */
  private static Integer attendees(JsonValue.Obj e, ApolloCache cache) {
    for (Map.Entry<String, JsonValue> m : e.members().entrySet()) {
      if (m.getKey().startsWith("rsvps(") && m.getKey().contains("YES")) {
        Integer n = JsonFields.integer(cache.resolve(m.getValue()), "totalCount");
        if (n != null) {
          return n;
        }
      }
    }
    for (String name : new String[] {"going", "goingCount", "yes_rsvp_count", "yesRsvpCount"}) {
      JsonValue v = e.get(name);
      Integer n = JsonFields.integer(v);
      if (n == null) {
        n = JsonFields.integer(cache.resolve(v), "totalCount");
      }
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  /** dateTime (ISO with offset), else the old API's epoch-millisecond time. */
  private static String start(JsonValue.Obj e) {
    String iso = JsonFields.str(e, "dateTime");
    if (iso == null && e.get("time") instanceof JsonValue.Num n && n.isIntegral()) {
      iso = EpochTime.fromDigits(n.text());
    }
    return iso;
  }

  private static Boolean online(JsonValue.Obj e) {
    Boolean online = JsonFields.bool(e, "isOnline");
    if (online != null) {
      return online;
    }
    String type = JsonFields.str(e, "eventType");
    if ("ONLINE".equals(type)) {
      return true;
    }
    return "PHYSICAL".equals(type) ? Boolean.FALSE : null;
  }

  /** Meetup series: weekly or monthly recurrence objects; any other series is irregular. */
  private static Recurrence recurrence(JsonValue.Obj series) {
    if (series == null) {
      return null;
    }
    JsonValue.Obj weekly = JsonFields.obj(series, "weeklyRecurrence");
    if (weekly != null) {
      Integer interval = JsonFields.integer(weekly, "weeklyInterval");
      return interval != null && interval == 2 ? Recurrence.BIWEEKLY
          : interval == null || interval == 1 ? Recurrence.WEEKLY : Recurrence.IRREGULAR;
    }
    if (JsonFields.obj(series, "monthlyRecurrence") != null) {
      return Recurrence.MONTHLY;
    }
    return Recurrence.IRREGULAR;
  }
}
