package app.worthit.server.page;

import static app.worthit.server.page.ExtractedPages.assertListing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.extract.PageExtractor;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.model.Listing;
import app.worthit.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 150 saved Eventbrite destination-search results (a .ts file: {@code export const results =
 * [...]}) are the objects of a search page's {@code __SERVER_DATA__.search_data.events.results}.
 * The test turns the literal into JSON and serves it the way a /d/ page does: in a script that
 * assigns window.__SERVER_DATA__ on a small page, read through jsoup like any saved page.
 */
class DestinationSearchResultsTest {
  // Read once for all tests, lazily per test so a missing fixture skips each test on its own.
  private static JsonValue.Arr results;
  private static List<Listing> listings;

  @BeforeEach
  void extract_the_results_from_a_search_page_shaped_around_them() {
    if (listings != null) {
      return;
    }
    String ts = Fixtures.read("pages/eventbrite_destination_search_results_150_2023-09.ts");
    String json = JsObjectLiteral.toJson(ts.substring(ts.indexOf('['), ts.lastIndexOf(']') + 1));
    results = JsonParser.parse(json).asArr();
    String page = "<html><head><title>Events | Eventbrite</title></head><body><script>\n"
        + "window.__SERVER_DATA__ = {\"search_data\":{\"events\":{\"results\":" + json.replace("</", "<\\/")
        + "}},\"page_number\":1};\n</script></body></html>";
    listings = PageExtractor.extract(JsoupPage.parse(page, "https://www.eventbrite.com/d/online/events/"));
  }

  @Test
  void every_destination_event_becomes_a_listing() {
    assertEquals(150, results.items().size());
    long distinct = results.items().stream().map(e -> e.path("id").asString()).distinct().count();
    assertEquals(150, distinct);
    assertEquals(150, listings.size());
  }

  @Test
  void each_listing_carries_the_fields_of_its_destination_event() {
    for (int i = 0; i < listings.size(); i++) {
      Listing l = listings.get(i);
      JsonValue e = results.items().stream()
          .filter(r -> ("eventbrite:event:" + r.path("id").asString()).equals(l.key())).findFirst().orElseThrow();
      assertEquals(e.path("name").asString().trim().replaceAll("\\s+", " "), l.title(), l.key());
      assertEquals(e.path("start_date").asString() + "T" + e.path("start_time").asString(), l.startsAt(), l.key());
      assertEquals(e.path("primary_organizer", "name").asString(), l.groupName(), l.key());
      assertEquals(e.path("is_online_event").equals(JsonValue.Bool.TRUE), l.online(), l.key());
      assertTrue(l.url().startsWith("https://www.eventbrite.") && !l.url().contains("?"), l.url());
    }
  }

  @Test
  void the_first_result_reads_as_saved() {
    Listing first = listings.get(0);
    assertEquals("eventbrite:event:712074312437", first.key());
    assertListing(first, "Begin your Tai Chi journey: Traditional Movements for Health / Rejuvenation",
        "2023-09-17T11:00", "Quality of Life Now", 0, null);
    assertEquals("USD", first.currency());
    assertEquals(Boolean.TRUE, first.online());
    assertTrue(first.description().startsWith("Learning even basic Tai Chi skills"), first.description());
  }

  @Test
  void prices_come_from_the_minimum_ticket_price_or_free_flag() {
    for (Listing l : listings) {
      JsonValue e = results.items().stream()
          .filter(r -> ("eventbrite:event:" + r.path("id").asString()).equals(l.key())).findFirst().orElseThrow();
      JsonValue tickets = e.path("ticket_availability");
      Integer expected = tickets.path("is_free").equals(JsonValue.Bool.TRUE) ? Integer.valueOf(0)
          : tickets.path("minimum_ticket_price", "value") instanceof JsonValue.Num n ? Integer.valueOf((int) n.longValue())
          : null;
      assertEquals(expected, l.priceCents(), l.key());
    }
  }
}
