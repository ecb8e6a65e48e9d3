package app.worthit.e2e;

import app.worthit.json.JsonWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Pages for the digest test, dated relative to the test's run (upcoming events must stay upcoming
 * whenever it runs): a Meetup find page of several events and single Meetup event pages.
 */
final class DigestPages {
  /** Offset the pages write their times in, as Meetup does for New York. */
  static final ZoneOffset NEW_YORK = ZoneOffset.ofHours(-4);

  /** One event of a page: id, title, description, start, end (null: none given), online. */
  record Event(long id, String title, String description, OffsetDateTime start, OffsetDateTime end, boolean online) {
    String url() {
      return "https://www.meetup.com/digest-group/events/" + id + "/";
    }

    String key() {
      return "meetup:event:" + id;
    }

    String jsonLd() {
      return "{\"@context\":\"https://schema.org\",\"@type\":\"Event\",\"name\":" + json(title) + ",\"url\":"
          + json(url()) + ",\"description\":" + json(description) + ",\"startDate\":\"" + iso(start) + "\""
          + (end == null ? "" : ",\"endDate\":\"" + iso(end) + "\"")
          + ",\"eventAttendanceMode\":\"https://schema.org/" + (online ? "Online" : "Offline") + "EventAttendanceMode\""
          + ",\"organizer\":{\"@type\":\"Organization\",\"name\":\"Digest Group\"}}";
    }
  }

  private DigestPages() {}

  /** Now plus the days, at the hour (New York time), to the second. */
  static OffsetDateTime at(int days, int hour) {
    return OffsetDateTime.now(NEW_YORK).truncatedTo(ChronoUnit.DAYS).plusDays(days).plusHours(hour);
  }

  /** A Meetup find page listing the events, with their JSON-LD array and one card each. */
  static String find(List<Event> events) {
    StringBuilder ld = new StringBuilder("[");
    StringBuilder cards = new StringBuilder();
    for (Event e : events) {
      ld.append(ld.length() > 1 ? "," : "").append(e.jsonLd());
      cards.append("<div class=\"card\"><a data-event-label=\"Event Card\" href=\"").append(e.url())
          .append("?recId=x\"><h3>").append(e.title()).append("</h3></a><p>Digest Group</p></div>");
    }
    return page("Find events | Meetup") + "<script type=\"application/ld+json\">" + ld + "]</script>"
        + "<main><h1>Events near you</h1>" + cards + "</main></body></html>";
  }

  /** The event's own Meetup page, with its panel. */
  static String eventPage(Event e) {
    return page(e.title() + " | Meetup") + "<script type=\"application/ld+json\">" + e.jsonLd() + "</script>"
        + "<main><h1>" + e.title() + "</h1><p>" + e.description() + "</p></main></body></html>";
  }

  static String iso(OffsetDateTime t) {
    return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder();
    JsonWriter.quote(text, out);
    return out.toString().replace("</", "<\\/");
  }

  private static String page(String title) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>";
  }
}
