package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every page's own event gets its panel, at a fallback place when the page's title element is not
 * there, and the overlay contract holds: {@code [data-worthit-key]} selects exactly one element per
 * event, the badge's host; the organiser's tools carry an attribute of their own.
 */
class OwnEventPanelTest {
  private static final SharedBrowser shared = new SharedBrowser();
  private static final String MEETUP = "https://www.meetup.com/panel-group/events/311000002/";
  private static final String EVENTBRITE = "https://www.eventbrite.ca/e/careers-evening-tickets-1911000000002";
  /** Where the panel went, and every element the contract's selector finds. */
  private static final String PLACED = """
      const panel = document.querySelector('worthit-badge[data-worthit-panel]');
      return {parent: panel ? panel.parentElement.tagName : null, first: !!panel && panel.parentElement.firstElementChild === panel,
        keyed: Array.from(document.querySelectorAll('[data-worthit-key]')).map(e => e.tagName + ' ' + e.getAttribute('data-worthit-key')),
        tools: Array.from(document.querySelectorAll('worthit-organiser')).map(e => e.getAttribute('data-worthit-organiser-key'))};""";

  private static String meetupLd() {
    return SyntheticPages.meetupJsonLd("panel-group", 311_000_002L, "Coffee chats for engineers", SyntheticPages.EVENTS[2][1]);
  }

  private static String eventbriteLd() {
    return SyntheticPages.eventbriteJsonLd(EVENTBRITE, "Coffee chats for engineers", SyntheticPages.EVENTS[2][1]);
  }

  private static java.util.Map<?, ?> open(String address, String html) {
    ChromiumSession browser = shared.browser();
    browser.driver().get(shared.site().serve(address, html));
    browser.await("return !!document.querySelector('worthit-badge[data-worthit-panel]')"
        + " && !!document.querySelector('worthit-organiser');", "the panel and the organiser's tools");
    return (java.util.Map<?, ?>) browser.js(PLACED);
  }

  private static void assertPanel(java.util.Map<?, ?> placed, String parent, String key) {
    assertEquals(parent, placed.get("parent"), "the panel's place: " + placed);
    assertEquals(Boolean.TRUE, placed.get("first"), "the panel is the first thing there: " + placed);
    assertEquals(List.of("WORTHIT-BADGE " + key), placed.get("keyed"), "one element per event carries the key");
    assertEquals(List.of(key), placed.get("tools"), "the organiser's tools have their own attribute");
  }

  @Test
  void a_meetup_event_page_with_only_json_ld_in_its_head_and_an_empty_body_gets_its_panel_at_the_top_of_body() {
    assertPanel(open(MEETUP, SyntheticPages.headOnly("Coffee chats | Meetup", meetupLd())), "BODY", "meetup:event:311000002");
  }

  @Test
  void an_eventbrite_event_page_with_only_json_ld_in_its_head_and_an_empty_body_gets_its_panel_at_the_top_of_body() {
    assertPanel(open(EVENTBRITE, SyntheticPages.headOnly("Coffee chats | Eventbrite", eventbriteLd())), "BODY",
        "eventbrite:event:1911000000002");
  }

  @Test
  void without_a_title_element_the_panel_goes_to_the_top_of_main() {
    String html = SyntheticPages.headOnly("Coffee chats | Meetup", meetupLd())
        .replace("<body></body>", "<body><header>Meetup</header><main><p>Loading the event</p></main></body>");
    assertPanel(open(MEETUP, html), "MAIN", "meetup:event:311000002");
  }

  @Test
  void on_an_event_page_with_its_title_the_panel_follows_the_title_and_the_key_still_selects_one_element() {
    String html = SyntheticPages.eventbriteEvent(1_911_000_000_002L, "Coffee chats for engineers", SyntheticPages.EVENTS[2][1]);
    java.util.Map<?, ?> placed = open(EVENTBRITE, html);
    assertEquals(List.of("WORTHIT-BADGE eventbrite:event:1911000000002"), placed.get("keyed"));
    assertEquals(Boolean.TRUE, shared.browser().js(
        "return document.querySelector('worthit-badge[data-worthit-panel]').previousElementSibling.tagName === 'H1';"));
  }

  @Test
  void on_a_listing_page_the_key_selects_exactly_one_badge_host_per_event() {
    ChromiumSession browser = shared.browser();
    List<BadgeRow> rows = browser.open(shared.site().serve("https://www.eventbrite.ca/d/canada--toronto/contract/",
        SyntheticPages.eventbriteSearch(40)));
    List<?> keyed = (List<?>) browser.js("return Array.from(document.querySelectorAll('[data-worthit-key]'))"
        + ".map(e => e.tagName + ' ' + e.getAttribute('data-worthit-key'));");
    assertEquals(40, rows.size());
    assertEquals(40, keyed.size());
    assertEquals(40, Set.copyOf(keyed).size(), "one element per event");
    assertTrue(keyed.stream().allMatch(k -> ((String) k).startsWith("WORTHIT-BADGE ")), keyed.toString());
  }

  @AfterAll
  static void stop() {
    shared.close();
  }
}
