package app.worthit.server.page;

import static app.worthit.server.page.ExtractedPages.assertListing;
import static app.worthit.server.page.ExtractedPages.byKey;
import static app.worthit.server.page.ExtractedPages.keys;
import static app.worthit.server.page.ExtractedPages.own;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.extract.PageExtractor;
import app.worthit.model.Listing;
import app.worthit.model.Recurrence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every extractor on the project's own small pages, so a clone without ../shared still tests them. */
class OwnPagesExtractionTest {

  @Test
  void meetup_event_page_merges_json_ld_with_the_apollo_event_and_its_series() {
    List<Listing> ls = own("meetup_event_page.html", null);
    assertEquals(List.of("meetup:event:401234567"), keys(ls));
    Listing l = ls.get(0);
    assertListing(l, "Product Folks Coffee Morning", "2026-07-02T09:00:00+01:00", "Product Folks Lisbon", 500, 48);
    assertEquals("EUR", l.currency());
    assertEquals(60, l.capacity());
    assertEquals(Recurrence.BIWEEKLY, l.recurrence());
    assertEquals("Product people of Lisbon & friends.", l.groupDescription());
    assertTrue(l.description().endsWith("same place."), "the longer Apollo description wins: " + l.description());
  }

  @Test
  void meetup_group_page_gives_upcoming_and_past_events_from_apollo() {
    List<Listing> ls = own("meetup_group_page.html", null);
    assertEquals(List.of("meetup:event:402000002", "meetup:event:401000001"), keys(ls));
    assertListing(ls.get(0), "Streaming at scale", "2026-08-20T17:00:00.000Z", "Data Engineers Porto", 0, 41);
    assertListing(ls.get(1), "Lakehouse night", "2026-06-18T18:00:00+01:00", "Data Engineers Porto", 0, 63);
    assertEquals("https://www.meetup.com/data-engineers-porto/events/401000001/", ls.get(1).url());
  }

  @Test
  void meetup_find_page_reads_the_json_ld_array_strips_tracking_and_takes_any_event_subtype() {
    List<Listing> ls = own("meetup_find_page.html", null);
    assertEquals(List.of("meetup:event:403000001", "meetup:event:403000002", "meetup:event:403000003"), keys(ls));
    assertEquals("https://www.meetup.com/wit-lisbon/events/403000001/", ls.get(0).url());
    assertListing(ls.get(1), "Remote Job Hunt Q&A", "2026-09-12T18:00:00.000Z", "Remote Portugal", null, null);
    assertEquals(Boolean.TRUE, ls.get(1).online());
    assertListing(ls.get(2), "Founders Breakfast", "2026-09-15T07:30:00.000Z", "Founders PT", 1250, null);
  }

  @Test
  void eventbrite_event_page_takes_the_offer_and_organizer() {
    List<Listing> ls = own("eventbrite_event_page.html", null);
    assertEquals(List.of("eventbrite:event:1900000000001"), keys(ls));
    Listing l = ls.get(0);
    assertListing(l, "Cyber Careers Evening", "2026-10-08T18:00:00+01:00", "South West Cyber Cluster", 800, null);
    assertEquals("https://www.eventbrite.co.uk/e/cyber-careers-evening-tickets-1900000000001", l.url());
    assertEquals("A regional association of security professionals.", l.groupDescription());
  }

  @Test
  void eventbrite_legacy_past_event_page_gives_its_own_event_from_server_data_and_the_related_card() {
    List<Listing> ls = own("eventbrite_legacy_past_event_page.html", null);
    assertEquals(List.of("eventbrite:event:1880000000007", "eventbrite:event:1900000000001"), keys(ls));
    Listing l = ls.get(0);
    assertListing(l, "Security Careers Breakfast", "2026-03-12T08:00:00Z", "South West Cyber Cluster", 500, null);
    assertEquals("GBP", l.currency());
    assertEquals("Hiring managers from three named security firms meet candidates over breakfast.", l.description());
    assertEquals("A regional association of security professionals.", l.groupDescription());
    assertEquals(Boolean.FALSE, l.online());
    assertEquals("2026-03-12T10:00:00Z", l.endsAt());
    assertEquals("Cyber Careers Evening", ls.get(1).title());
  }

  @Test
  void eventbrite_legacy_event_page_falls_back_to_the_shown_price() {
    String script = "<script>window.__SERVER_DATA__ = {\"app_name\":\"listings\",\"event\":{\"name\":\"Open Day\","
        + "\"url\":\"https://www.eventbrite.com/e/open-day-tickets-1880000000008\",\"start\":{\"local\":\"2026-03-14T10:00:00\"}},"
        + "\"components\":{\"conversionBar\":{\"panelDisplayPrice\":\"Free\"}}};</script>";
    List<Listing> ls = PageExtractor.extract(JsoupPage.parse("<html><body>" + script + "</body></html>",
        "https://www.eventbrite.com/e/open-day-tickets-1880000000008"));
    assertEquals(List.of("eventbrite:event:1880000000008"), keys(ls));
    assertListing(ls.get(0), "Open Day", "2026-03-14T10:00:00", null, 0, null);
  }

  @Test
  void eventbrite_organizer_page_reads_future_and_past_server_data_events() {
    List<Listing> ls = own("eventbrite_organizer_page.html", null);
    assertEquals(List.of("eventbrite:event:1910000000001", "eventbrite:event:1910000000002",
        "eventbrite:event:1890000000009"), keys(ls));
    assertListing(ls.get(0), "Leeds Tech Social: November", "2026-11-05T18:30:00+0000", "Leeds Tech Socials", 0, null);
    assertEquals(Recurrence.MONTHLY, ls.get(0).recurrence());
    assertListing(ls.get(1), "CV Clinic", "2026-11-19T12:00:00+0000", "Leeds Tech Socials", 450, null);
    assertTrue(ls.get(1).description().contains("{Not JSON: a brace in text}"), ls.get(1).description());
    assertListing(ls.get(2), "Summer Barbecue", "2026-07-04T13:00:00Z", "Leeds Tech Socials", 0, null);
  }

  @Test
  void server_data_is_read_from_code_scripts_only_never_from_json_data_blocks() {
    String assignment = "window.__SERVER_DATA__ = {\"view_data\":{\"events\":{\"future_events\":[{\"name\":"
        + "{\"text\":\"Leeds Tech Social\"},\"url\":\"https://www.eventbrite.co.uk/e/social-tickets-1910000000001\","
        + "\"start\":{\"utc\":\"2026-11-05T18:30:00Z\"}}]}}};";
    String address = "https://www.eventbrite.co.uk/o/leeds-tech-socials-123456789";
    for (String type : new String[] {"", " type=\"text/javascript\"", " type=\"module\""}) {
      List<Listing> ls = PageExtractor.extract(JsoupPage.parse(
          "<html><body><script" + type + ">" + assignment + "</script></body></html>", address));
      assertEquals(List.of("eventbrite:event:1910000000001"), keys(ls), "script" + type);
    }
    for (String type : new String[] {"application/json", "application/ld+json", "Application/JSON"}) {
      List<Listing> ls = PageExtractor.extract(JsoupPage.parse(
          "<html><body><script type=\"" + type + "\">" + assignment + "</script></body></html>", address));
      assertEquals(List.of(), keys(ls), type);
    }
  }

  @Test
  void eventbrite_search_page_reads_destination_events_and_resolves_relative_card_links() {
    List<Listing> ls = own("eventbrite_search_page.html", null);
    assertEquals(List.of("eventbrite:event:1920000000001", "eventbrite:event:1920000000002"), keys(ls));
    assertListing(ls.get(0), "Dublin Startup Mixer", "2026-10-01", "Startup Dublin", 0, null);
    assertEquals("Dublin's startup community.", ls.get(0).groupDescription());
    assertListing(ls.get(1), "Expo for Careers 2026", "2026-10-03", "Careers Expo Ltd", 2500, null);
    assertEquals("EUR", ls.get(1).currency());
  }

  @Test
  void dom_cards_alone_give_events_on_any_country_domain_with_relative_links_resolved() {
    List<Listing> ls = own("dom_cards_only.html", "https://www.meetup.com/saved/");
    assertEquals(List.of("eventbrite:event:1930000000001", "eventbrite:event:1930000000002",
        "meetup:event:404000001"), keys(ls));
    assertListing(ls.get(0), "Sydney DevOps Drinks", "null", "null", 0, null);
    assertEquals("https://www.eventbrite.com.au/e/sydney-devops-drinks-tickets-1930000000001", ls.get(0).url());
    Listing berlin = ls.get(1);
    assertListing(berlin, "Berlin UX Abend", "2026-10-15T19:00:00+02:00", "null", 1250, null);
    assertEquals("EUR", berlin.currency());
    assertEquals(Boolean.TRUE, berlin.online());
    Listing toronto = byKey(ls, "meetup:event:404000001");
    assertListing(toronto, "Product Camp Toronto", "null", "null", null, 120);
    assertEquals("https://www.meetup.com/toronto-product/events/404000001/", toronto.url());
    assertEquals(Boolean.TRUE, toronto.online());
  }

  @Test
  void dom_cards_without_a_page_address_skip_relative_links_but_keep_absolute_ones() {
    List<Listing> ls = own("dom_cards_only.html", null);
    assertEquals(List.of("eventbrite:event:1930000000001", "eventbrite:event:1930000000002"), keys(ls));
    assertNull(ls.get(0).attendeeCount(), "a card never takes facts from its neighbours");
  }

  @Test
  void legacy_meetup_page_gives_cards_with_epoch_times_and_the_window_apollo_state() {
    List<Listing> ls = own("meetup_legacy_group_events.html", null);
    assertEquals(List.of("meetup:event:290100001", "meetup:event:290100002"), keys(ls));
    assertListing(ls.get(0), "Python Lisboa #40", "2022-12-01T18:30:00.000Z", "Python Lisboa", 0, 38);
    assertListing(ls.get(1), "Python Lisboa #41 (online)", "2022-12-29T18:30:00Z", "Python Lisboa", null, 12);
    assertEquals(Boolean.TRUE, ls.get(1).online());
  }
}
