package app.worthit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.worthit.model.Listing;
import app.worthit.model.Recurrence;
import app.worthit.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON sources through {@link PageExtractor#fromScripts}, without any DOM. */
class ScriptSourcesTest {

  private static List<String> keys(List<Listing> ls) {
    return ls.stream().map(Listing::key).toList();
  }

  @Test
  void json_ld_graph_item_list_and_event_subtypes_are_all_read() {
    String graph = """
        {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
         {"@type":["Thing","EducationEvent"],"name":"Graph event","url":"https://www.eventbrite.fr/e/atelier-tickets-70000001"}]}""";
    String list = """
        {"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"Event","name":"Listed",
         "url":"https://www.eventbrite.com.mx/e/listed-tickets-70000002?aff=x","offers":{"price":"0","priceCurrency":"MXN"}}},
         {"@type":"ListItem","item":{"@type":"Organization","name":"Not an event","url":"https://www.eventbrite.com/o/x-123456"}}]}""";
    List<Listing> ls = PageExtractor.fromScripts(null, List.of(graph, list), null, null);
    assertEquals(List.of("eventbrite:event:70000001", "eventbrite:event:70000002"), keys(ls));
    assertEquals("https://www.eventbrite.com.mx/e/listed-tickets-70000002", ls.get(1).url());
    assertEquals(0, ls.get(1).priceCents());
    assertEquals("MXN", ls.get(1).currency());
    assertEquals(Source.EVENTBRITE, ls.get(0).source());
  }

  @Test
  void json_ld_event_without_a_url_takes_the_event_page_address() {
    String ld = "{\"@type\":\"Event\",\"name\":\"Here\",\"startDate\":\"2026-03-03T18:00:00Z\"}";
    List<Listing> ls = PageExtractor.fromScripts(
        "https://www.meetup.com/here/events/500000001/", List.of(ld), null, null);
    assertEquals(List.of("meetup:event:500000001"), keys(ls));
    assertEquals(List.of(), PageExtractor.fromScripts("https://www.meetup.com/find/", List.of(ld), null, null));
  }

  @Test
  void apollo_cache_resolves_refs_and_reads_each_attendee_form_and_fees() {
    String next = """
        {"props":{"pageProps":{"__APOLLO_STATE__":{
          "Group:1":{"__typename":"Group","name":"Go Devs","urlname":"go-devs"},
          "Event:11":{"__typename":"Event","id":"11","title":"Counted by rsvps","group":{"__ref":"Group:1"},
            "rsvps({\\"filter\\":{\\"rsvpStatus\\":[\\"YES\\"]}})":{"totalCount":12},
            "feeSettings":{"amount":7.5,"currency":"USD"},"isOnline":true},
          "Event:12":{"__typename":"Event","id":"12","title":"Counted by going","group":{"__ref":"Group:1"},
            "going":{"__typename":"GoingRsvpConnection","totalCount":34},"eventType":"ONLINE"},
          "Event:13":{"__typename":"Event","id":"13","title":"Counted by integer","group":{"__ref":"Group:1"},
            "going":56,"maxTickets":80,"series":{"monthlyRecurrence":{"monthlyWeekOfMonth":1}}}}}}}""";
    List<Listing> ls = PageExtractor.fromScripts(null, List.of(), next, null);
    assertEquals(List.of("meetup:event:11", "meetup:event:12", "meetup:event:13"), keys(ls));
    assertEquals("https://www.meetup.com/go-devs/events/11/", ls.get(0).url());
    assertEquals(List.of(12, 34, 56), ls.stream().map(Listing::attendeeCount).toList());
    assertEquals(750, ls.get(0).priceCents());
    assertEquals("USD", ls.get(0).currency());
    assertNull(ls.get(1).priceCents(), "no feeSettings member: price unknown");
    assertEquals(Boolean.TRUE, ls.get(1).online());
    assertEquals(80, ls.get(2).capacity());
    assertEquals(Recurrence.MONTHLY, ls.get(2).recurrence());
    assertEquals("Go Devs", ls.get(2).groupName());
  }

  @Test
  void eventbrite_next_data_basic_info_gives_the_event() {
    String next = """
        {"props":{"pageProps":{"context":{"basicInfo":{"id":"80000001","name":"Basic","summary":"S",
          "url":"https://www.eventbrite.nl/e/basic-tickets-80000001","startDate":{"utc":"2026-02-02T17:00:00Z"},
          "isFree":true,"currency":"EUR","isOnline":true,"organizer":{"name":"Org NL"}}}}}}""";
    List<Listing> ls = PageExtractor.fromScripts(null, null, next, null);
    assertEquals(List.of("eventbrite:event:80000001"), keys(ls));
    Listing l = ls.get(0);
    assertEquals(List.of("Basic", "2026-02-02T17:00:00Z", "Org NL", "EUR"),
        List.of(l.title(), l.startsAt(), l.groupName(), l.currency()));
    assertEquals(0, l.priceCents());
    assertEquals(Boolean.TRUE, l.online());
  }

  @Test
  void server_data_script_gives_organizer_and_search_events() {
    String script = "var a = 1;\nwindow.__SERVER_DATA__ = {\"view_data\":{\"events\":{\"future_events\":["
        + "{\"name\":{\"text\":\"Future }{\"},\"url\":\"https://www.eventbrite.se/e/future-tickets-90000001\","
        + "\"start\":{\"utc\":\"2026-04-04T10:00:00Z\"},\"is_free\":false,\"price_range\":\"SEK 120.00\",\"currency\":\"SEK\"}]}},"
        + "\"search_data\":{\"events\":{\"results\":[{\"_type\":\"destination_event\",\"name\":\"Found\","
        + "\"url\":\"https://www.eventbrite.pl/e/found-tickets-90000002\",\"start_date\":\"2026-05-05\",\"start_time\":\"19:00\","
        + "\"ticket_availability\":{\"is_free\":false,\"minimum_ticket_price\":{\"major_value\":\"45.00\",\"currency\":\"PLN\"}},"
        + "\"primary_organizer\":{\"name\":\"PL Org\"}}]}}};\nwindow.__REACT_QUERY_STATE__ = \"\"";
    List<Listing> ls = PageExtractor.fromScripts(null, null, null, script);
    assertEquals(List.of("eventbrite:event:90000001", "eventbrite:event:90000002"), keys(ls));
    assertEquals("Future }{", ls.get(0).title());
    assertEquals(12000, ls.get(0).priceCents());
    assertEquals("2026-05-05T19:00", ls.get(1).startsAt());
    assertEquals(4500, ls.get(1).priceCents());
    assertEquals("PL Org", ls.get(1).groupName());
  }

  @Test
  void richer_sources_fill_what_the_more_trusted_one_lacks() {
    String ld = "{\"@type\":\"Event\",\"name\":\"Trusted title\",\"url\":\"https://www.meetup.com/g/events/600000001/\","
        + "\"description\":\"Short cut\",\"startDate\":\"2026-06-06T18:00:00+02:00\"}";
    String next = "{\"props\":{\"pageProps\":{\"__APOLLO_STATE__\":{\"Event:600000001\":{\"__typename\":\"Event\","
        + "\"id\":\"600000001\",\"title\":\"Other title\",\"eventUrl\":\"https://www.meetup.com/g/events/600000001/\","
        + "\"description\":\"Short cut, but the whole text is here.\",\"dateTime\":\"2026-06-06T16:00:00Z\",\"going\":9}}}}}";
    Listing l = PageExtractor.fromScripts(null, List.of(ld), next, null).get(0);
    assertEquals("Trusted title", l.title());
    assertEquals("2026-06-06T18:00:00+02:00", l.startsAt());
    assertEquals("Short cut, but the whole text is here.", l.description());
    assertEquals(9, l.attendeeCount());
  }

  @Test
  void legacy_window_apollo_state_is_read_from_a_plain_script() {
    String script = "window.__APOLLO_STATE__ = {\"Group:2\":{\"name\":\"Old Group\",\"urlname\":\"old-group\"},"
        + "\"Event:700000001\":{\"__typename\":\"Event\",\"id\":\"700000001\",\"title\":\"Legacy\","
        + "\"group\":{\"__ref\":\"Group:2\"},\"going\":21}};";
    List<Listing> ls = PageExtractor.fromScripts(null, null, null, script);
    assertEquals(List.of("meetup:event:700000001"), keys(ls));
    assertEquals("https://www.meetup.com/old-group/events/700000001/", ls.get(0).url());
    assertEquals(21, ls.get(0).attendeeCount());
  }

  @Test
  void apollo_two_references_and_old_api_fields_are_read_too() {
    String script = "window.__APOLLO_STATE__ = {\"Group:3\":{\"name\":\"Older Group\",\"urlname\":\"older\"},"
        + "\"Event:700000002\":{\"__typename\":\"Event\",\"id\":\"700000002\",\"name\":\"Old API\","
        + "\"time\":1669917600000,\"yes_rsvp_count\":17,\"fee\":{\"amount\":3,\"currency\":\"CAD\"},"
        + "\"group\":{\"type\":\"id\",\"generated\":false,\"id\":\"Group:3\",\"typename\":\"Group\"}}};";
    Listing l = PageExtractor.fromScripts(null, null, null, script).get(0);
    assertEquals(List.of("meetup:event:700000002", "Old API", "2022-12-01T18:00:00Z", "Older Group"),
        List.of(l.key(), l.title(), l.startsAt(), l.groupName()));
    assertEquals(17, l.attendeeCount());
    assertEquals(300, l.priceCents());
    assertEquals("CAD", l.currency());
  }

  @Test
  void malformed_and_hostile_texts_give_nothing_and_never_throw() {
    String deep = "[".repeat(50_000);
    assertEquals(List.of(), PageExtractor.fromScripts("not a url", List.of("{", deep, "null", "[1,2]", "\"s\""),
        "{\"props\":", "window.__SERVER_DATA__ = {\"unterminated\": \"}"));
    assertEquals(List.of(), PageExtractor.fromScripts(null, List.of("{\"@type\":\"Event\",\"name\":\"x\","
        + "\"url\":\"https://example.org/events/1\"}"), null, "window.__SERVER_DATA__ = 5;"));
  }
}
