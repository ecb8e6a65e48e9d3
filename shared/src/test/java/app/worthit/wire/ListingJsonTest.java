package app.worthit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonWriter;
import app.worthit.model.Listing;
import app.worthit.model.Recurrence;
import app.worthit.model.Source;
import org.junit.jupiter.api.Test;

class ListingJsonTest {
  private static final String FULL =
      "{\"url\":\"https://www.meetup.com/nyc-tech/events/311000001/\",\"key\":\"meetup:event:311000001\","
          + "\"source\":\"meetup\",\"title\":\"Tech Mixer\",\"description\":\"Meet engineers\","
          + "\"groupName\":\"NYC Tech\",\"groupDescription\":\"A group\",\"startsAt\":\"2026-06-01T18:00:00-04:00\","
          + "\"endsAt\":\"2026-06-01T20:30:00-04:00\","
          + "\"recurrence\":\"monthly\",\"priceCents\":1500,\"currency\":\"USD\",\"attendeeCount\":42,"
          + "\"capacity\":100,\"online\":false}";

  private static Listing read(String json) {
    return ListingJson.fromJson(JsonParser.parse(json));
  }

  private static String failure(String json) {
    return assertThrows(WireException.class, () -> read(json)).getMessage();
  }

  @Test
  void reads_every_member() {
    Listing l = read(FULL);
    assertEquals("https://www.meetup.com/nyc-tech/events/311000001/", l.url());
    assertEquals("meetup:event:311000001", l.key());
    assertEquals(Source.MEETUP, l.source());
    assertEquals("Tech Mixer", l.title());
    assertEquals("Meet engineers", l.description());
    assertEquals("NYC Tech", l.groupName());
    assertEquals("A group", l.groupDescription());
    assertEquals("2026-06-01T18:00:00-04:00", l.startsAt());
    assertEquals("2026-06-01T20:30:00-04:00", l.endsAt());
    assertEquals(Recurrence.MONTHLY, l.recurrence());
    assertEquals(1500, l.priceCents());
    assertEquals("USD", l.currency());
    assertEquals(42, l.attendeeCount());
    assertEquals(100, l.capacity());
    assertEquals(false, l.online());
  }

  @Test
  void writes_members_in_the_documented_order_and_round_trips() {
    String written = JsonWriter.write(ListingJson.toJson(read(FULL)));
    assertEquals(FULL, written);
  }

  @Test
  void leaves_unknown_fields_out_when_writing() {
    String written =
        JsonWriter.write(ListingJson.toJson(read("{\"url\":\"https://example.org/e/1\",\"title\":\"T\"}")));
    assertEquals("{\"url\":\"https://example.org/e/1\",\"key\":\"url:https://example.org/e/1\","
        + "\"source\":\"other\",\"title\":\"T\"}", written);
  }

  @Test
  void treats_null_and_absent_alike_as_unknown() {
    Listing l = read("{\"url\":\"https://example.org/a\",\"title\":\"T\",\"description\":null,"
        + "\"priceCents\":null,\"online\":null,\"recurrence\":null,\"source\":null,\"key\":null}");
    assertNull(l.description());
    assertNull(l.priceCents());
    assertNull(l.online());
    assertNull(l.recurrence());
    assertEquals(Source.OTHER, l.source());
  }

  @Test
  void ignores_unknown_members_of_any_shape() {
    Listing l = read("{\"url\":\"https://example.org/a\",\"title\":\"T\",\"extra\":{\"deep\":[1,2,{}]},"
        + "\"venue\":\"Hall\",\"priceCents\":0}");
    assertEquals(0, l.priceCents());
  }

  @Test
  void derives_the_key_from_the_url_when_absent() {
    Listing l = read("{\"url\":\"https://www.meetup.com/nyc-tech/events/311000001/?utm_source=x\",\"title\":\"T\"}");
    assertEquals("meetup:event:311000001", l.key());
  }

  @Test
  void falls_back_to_the_url_without_query_or_fragment_for_other_sites() {
    assertEquals("url:https://example.org/events/9",
        read("{\"url\":\"https://example.org/events/9?ref=abc#top\",\"title\":\"T\"}").key());
    assertEquals("url:http://example.org/x",
        read("{\"url\":\"http://example.org/x#frag?no\",\"title\":\"T\"}").key());
  }

  @Test
  void keeps_a_key_given_by_the_client() {
    assertEquals("custom:1", read("{\"url\":\"https://example.org/a\",\"key\":\"custom:1\",\"title\":\"T\"}").key());
  }

  @Test
  void derives_the_source_from_the_host_when_absent() {
    assertEquals(Source.MEETUP, read("{\"url\":\"https://www.meetup.com/g/events/1/\",\"title\":\"T\"}").source());
    assertEquals(Source.MEETUP, read("{\"url\":\"HTTPS://MEETUP.COM/g/\",\"title\":\"T\"}").source());
    assertEquals(Source.EVENTBRITE,
        read("{\"url\":\"https://www.eventbrite.co.uk/e/x-tickets-123\",\"title\":\"T\"}").source());
    assertEquals(Source.EVENTBRITE,
        read("{\"url\":\"https://eventbrite.de/e/x-tickets-123\",\"title\":\"T\"}").source());
    assertEquals(Source.OTHER,
        read("{\"url\":\"https://notmeetup.com/g/events/1\",\"title\":\"T\"}").source());
    assertEquals(Source.OTHER,
        read("{\"url\":\"https://meetup.com.evil.example/x\",\"title\":\"T\"}").source());
  }

  @Test
  void accepts_integral_numbers_in_any_notation() {
    assertEquals(1000, read("{\"url\":\"https://example.org/a\",\"title\":\"T\",\"priceCents\":1e3}").priceCents());
    assertEquals(25, read("{\"url\":\"https://example.org/a\",\"title\":\"T\",\"attendeeCount\":25.0}").attendeeCount());
  }

  @Test
  void names_the_field_of_a_wrong_type() {
    assertEquals("listing.priceCents: expected an integer",
        failure("{\"url\":\"https://example.org/a\",\"title\":\"T\",\"priceCents\":\"10\"}"));
    assertEquals("listing.priceCents: expected an integer",
        failure("{\"url\":\"https://example.org/a\",\"title\":\"T\",\"priceCents\":10.5}"));
    assertEquals("listing.title: expected a string",
        failure("{\"url\":\"https://example.org/a\",\"title\":7}"));
    assertEquals("listing.online: expected true or false",
        failure("{\"url\":\"https://example.org/a\",\"title\":\"T\",\"online\":\"yes\"}"));
    assertEquals("listing.description: expected a string",
        failure("{\"url\":\"https://example.org/a\",\"title\":\"T\",\"description\":[\"x\"]}"));
    assertEquals("listing: expected an object", failure("[1,2]"));
  }

  @Test
  void names_a_missing_required_field() {
    assertEquals("listing.url: required", failure("{\"title\":\"T\"}"));
    assertEquals("listing.title: required", failure("{\"url\":\"https://example.org/a\"}"));
    assertEquals("listing.title: required", failure("{\"url\":\"https://example.org/a\",\"title\":null}"));
  }

  @Test
  void refuses_urls_that_are_not_absolute_http() {
    for (String url : new String[] {"/events/1", "ftp://example.org/a", "javascript:alert(1)",
        "https://", "https:///path", "https://exa mple.org/", "meetup.com/g/events/1"}) {
      String message = failure("{\"url\":\"" + url + "\",\"title\":\"T\"}");
      assertTrue(message.startsWith("listing.url: "), message);
    }
  }

  @Test
  void refuses_unknown_enum_names_and_an_empty_key() {
    assertEquals("listing.source: expected one of meetup, eventbrite, other",
        failure("{\"url\":\"https://example.org/a\",\"title\":\"T\",\"source\":\"facebook\"}"));
    assertEquals("listing.recurrence: expected one of none, weekly, biweekly, monthly, irregular",
        failure("{\"url\":\"https://example.org/a\",\"title\":\"T\",\"recurrence\":\"daily\"}"));
    assertEquals("listing.key: empty",
        failure("{\"url\":\"https://example.org/a\",\"title\":\"T\",\"key\":\"\"}"));
  }

  @Test
  void refuses_counts_out_of_range() {
    assertTrue(failure("{\"url\":\"https://example.org/a\",\"title\":\"T\",\"priceCents\":-1}")
        .startsWith("listing.priceCents: out of range 0.."));
    assertTrue(failure("{\"url\":\"https://example.org/a\",\"title\":\"T\",\"attendeeCount\":99999999999999999999}")
        .startsWith("listing.attendeeCount: out of range 0.."));
    assertTrue(failure("{\"url\":\"https://example.org/a\",\"title\":\"T\",\"capacity\":1e300}")
        .startsWith("listing.capacity: out of range 0.."));
  }
}
