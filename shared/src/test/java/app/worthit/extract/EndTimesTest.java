package app.worthit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.worthit.model.Listing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each source's end time lands in Listing.endsAt, as found; an empty one is unknown. */
class EndTimesTest {
  private static Listing only(List<Listing> ls) {
    assertEquals(1, ls.size());
    return ls.get(0);
  }

  @Test
  void json_ld_end_date_is_kept_and_an_empty_one_is_unknown() {
    String ld = "[{\"@type\":\"BusinessEvent\",\"name\":\"Ends\",\"url\":\"https://www.meetup.com/g/events/600000010/\","
        + "\"startDate\":\"2026-06-06T18:00:00+02:00\",\"endDate\":\"2026-06-06T20:30:00+02:00\"},"
        + "{\"@type\":\"Event\",\"name\":\"Open end\",\"url\":\"https://www.meetup.com/g/events/600000011/\","
        + "\"startDate\":\"2026-06-07T18:00:00Z\",\"endDate\":\"\"}]";
    List<Listing> ls = PageExtractor.fromScripts(null, List.of(ld), null, null);
    assertEquals("2026-06-06T20:30:00+02:00", ls.get(0).endsAt());
    assertNull(ls.get(1).endsAt());
  }

  @Test
  void meetup_apollo_end_time_is_read() {
    String next = "{\"props\":{\"pageProps\":{\"__APOLLO_STATE__\":{\"Event:600000012\":{\"__typename\":\"Event\","
        + "\"id\":\"600000012\",\"title\":\"Apollo\",\"eventUrl\":\"https://www.meetup.com/g/events/600000012/\","
        + "\"dateTime\":\"2026-06-06T18:00:00-04:00\",\"endTime\":\"2026-06-06T21:00:00-04:00\"}}}}}";
    assertEquals("2026-06-06T21:00:00-04:00", only(PageExtractor.fromScripts(null, null, next, null)).endsAt());
  }

  @Test
  void eventbrite_next_data_end_date_prefers_utc() {
    String next = "{\"props\":{\"pageProps\":{\"context\":{\"basicInfo\":{\"name\":\"Next\","
        + "\"url\":\"https://www.eventbrite.com/e/next-tickets-900000010\","
        + "\"startDate\":{\"local\":\"2026-07-22T17:00:00\",\"utc\":\"2026-07-22T21:00:00Z\"},"
        + "\"endDate\":{\"local\":\"2026-07-22T18:30:00\",\"utc\":\"2026-07-22T22:30:00Z\"}}}}}}";
    assertEquals("2026-07-22T22:30:00Z", only(PageExtractor.fromScripts(null, null, next, null)).endsAt());
  }

  @Test
  void eventbrite_server_data_events_give_their_ends() {
    String script = "window.__SERVER_DATA__ = {\"view_data\":{\"events\":{\"future_events\":["
        + "{\"name\":{\"text\":\"Api\"},\"url\":\"https://www.eventbrite.se/e/api-tickets-900000011\","
        + "\"start\":{\"utc\":\"2026-04-04T10:00:00Z\"},\"end\":{\"utc\":\"2026-04-04T12:00:00Z\"}}]}},"
        + "\"search_data\":{\"events\":{\"results\":[{\"_type\":\"destination_event\",\"name\":\"Found\","
        + "\"url\":\"https://www.eventbrite.pl/e/found-tickets-900000012\",\"start_date\":\"2026-05-05\","
        + "\"start_time\":\"19:00\",\"end_date\":\"2026-05-05\",\"end_time\":\"21:15\"}]}}};";
    List<Listing> ls = PageExtractor.fromScripts(null, null, null, script);
    assertEquals(List.of("2026-04-04T12:00:00Z", "2026-05-05T21:15"), List.of(ls.get(0).endsAt(), ls.get(1).endsAt()));
  }
}
