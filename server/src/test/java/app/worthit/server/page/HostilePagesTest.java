package app.worthit.server.page;

import static app.worthit.server.page.ExtractedPages.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.extract.PageExtractor;
import app.worthit.model.Listing;
import app.worthit.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Malformed, truncated, huge, foreign and non-event pages give what can be read, never an exception. */
class HostilePagesTest {
  private static final String EVENT_LD = "<script type=\"application/ld+json\">{\"@type\":\"Event\","
      + "\"name\":\"Good one\",\"url\":\"https://www.meetup.com/good/events/123456/\"}</script>";

  private static List<Listing> extract(String html, String address) {
    return PageExtractor.extract(JsoupPage.parse(html, address));
  }

  @Test
  void broken_scripts_beside_a_good_one_leave_the_good_one() {
    String html = "<html><head>"
        + "<script type=\"application/ld+json\">{\"@type\":\"Event\",\"name\":\"cut</script>"
        + "<script type=\"application/ld+json\">not json at all</script>"
        + EVENT_LD
        + "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{\"__APOLLO_STATE__\":</script>"
        + "<script>window.__SERVER_DATA__ = {\"view_data\":{\"events\":{\"future_events\":[{\"name\":</script>"
        + "</head><body><a href=\"https://www.eventbrite.com/e/\">no id</a></body></html>";
    assertEquals(List.of("meetup:event:123456"), keys(extract(html, null)));
  }

  @Test
  void wrong_types_everywhere_are_unknown_fields_not_errors() {
    String html = "<script type=\"application/ld+json\">[{\"@type\":[\"Thing\",\"SocialEvent\"],\"name\":42,"
        + "\"url\":\"https://www.eventbrite.de/e/stammtisch-tickets-55555555\",\"startDate\":{\"x\":1},"
        + "\"offers\":\"free?\",\"organizer\":[7],\"maximumAttendeeCapacity\":-3},"
        + "{\"@type\":\"Event\",\"name\":\"Typed ok\",\"url\":\"https://www.eventbrite.de/e/ok-tickets-66666666\","
        + "\"offers\":{\"price\":\"abc\"},\"startDate\":\"2026-01-01\"}]</script>";
    List<Listing> ls = extract(html, null);
    assertEquals(List.of("eventbrite:event:66666666"), keys(ls), "the first has no usable title");
    assertEquals(null, ls.get(0).priceCents());
  }

  @Test
  void json_nested_a_hundred_thousand_deep_is_refused_quietly() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String html = "<script type=\"application/ld+json\">" + deep + "</script>"
        + "<script id=\"__NEXT_DATA__\" type=\"application/json\">" + deep + "</script>"
        + "<script>window.__SERVER_DATA__ = {\"a\":" + deep + "};</script>" + EVENT_LD;
    assertEquals(List.of("meetup:event:123456"), keys(extract(html, null)));
  }

  @Test
  void a_card_inside_thousands_of_nested_elements_is_found() {
    String html = "<div>".repeat(3000) + "<a href=\"https://www.meetup.com/deep/events/777777/\"><h3>Deep</h3></a>"
        + "</div>".repeat(3000);
    List<Listing> ls = extract(html, null);
    assertEquals(List.of("meetup:event:777777"), keys(ls));
    assertEquals("Deep", ls.get(0).title());
  }

  @Test
  void a_five_megabyte_page_gives_all_its_cards() {
    StringBuilder html = new StringBuilder("<html><body><ul>");
    for (int i = 0; i < 2000; i++) {
      html.append("<li><a class=\"event-card-link\" href=\"https://www.eventbrite.co.uk/e/event-").append(i)
          .append("-tickets-").append(1_000_000 + i).append("?aff=x\"><h3>Event ").append(i)
          .append("</h3></a><p>From \u00a3").append(i).append(".50</p><p>")
          .append("filler text ".repeat(100)).append("</p></li>");
    }
    html.append("</ul><script>var junk = \"").append("x".repeat(3_000_000)).append("\";</script></body></html>");
    assertTrue(html.length() > 5_000_000, "at least 5 MB");
    List<Listing> ls = extract(html.toString(), null);
    assertEquals(2000, ls.size());
    assertEquals(199950, ls.get(1999).priceCents());
    assertEquals("Event 1999", ls.get(1999).title());
  }

  @Test
  void a_page_in_another_language_is_read_like_any_other() {
    String html = "<html lang=\"ja\"><head><script type=\"application/ld+json\">{\"@type\":\"Event\","
        + "\"name\":\"\u6771\u4eac\u30a8\u30f3\u30b8\u30cb\u30a2\u4ea4\u6d41\u4f1a\","
        + "\"url\":\"https://www.meetup.com/ja-JP/tokyo-engineers/events/888888/\",\"startDate\":\"2026-05-01T19:00:00+09:00\","
        + "\"organizer\":{\"name\":\"\u6771\u4eac\u30a8\u30f3\u30b8\u30cb\u30a2\"}}</script></head>"
        + "<body><div class=\"event-card\"><a class=\"event-card-link\" href=\"https://www.eventbrite.de/e/stammtisch-tickets-99999999\">"
        + "<h3>Stammtisch f\u00fcr Entwickler</h3></a><p>Kostenlos</p></div></body></html>";
    List<Listing> ls = extract(html, null);
    assertEquals(List.of("meetup:event:888888", "eventbrite:event:99999999"), keys(ls));
    assertEquals("\u6771\u4eac\u30a8\u30f3\u30b8\u30cb\u30a2", ls.get(0).groupName());
    assertEquals(0, ls.get(1).priceCents());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "plain text, not HTML",
      "<html><head><title>Blog</title><script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Why meetups\"}</script></head>"
          + "<body><a href=\"https://www.meetup.com/some-group/\">a group</a> <a href=\"https://www.eventbrite.com/o/org-12345678\">an organizer</a>"
          + " <a href=\"https://www.meetup.com/find/events/\">find</a> <a href=\"https://example.org/events/123456/\">elsewhere</a></body></html>",
      "<script>window.__SERVER_DATA__ = {\"view_data\":{\"events\":{\"future_events\":[1,\"x\",null,[]]}}};</script>",
      "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{\"__APOLLO_STATE__\":{\"Event:1\":{\"__typename\":\"Event\",\"group\":{\"__ref\":\"Group:missing\"}},\"Event:2\":7}}}}</script>",
      "<script type=\"application/ld+json\">{\"@type\":\"Event\",\"name\":\"No URL on a page without one\"}</script>",
      "<a href=\"javascript:alert(1)\">x</a><a href=\"https://www.meetup.com/g/events/\">list</a><a>no href</a>"
  })
  void pages_without_events_give_none(String html) {
    assertEquals(List.of(), extract(html, null));
  }

  static Stream<String> realPages() throws IOException {
    try (Stream<java.nio.file.Path> files = Files.list(Fixtures.dir().resolve("pages"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("realPages")
  void every_real_page_cut_anywhere_still_extracts_without_error(String fileName) throws IOException {
    String html = Files.readString(Fixtures.page(fileName), StandardCharsets.UTF_8);
    int full = PageExtractor.extract(JsoupPage.parse(html, null)).size();
    for (int cut = 1; cut < 10; cut++) {
      String part = html.substring(0, html.length() * cut / 10);
      List<Listing> ls = PageExtractor.extract(JsoupPage.parse(part, null));
      // One extra is possible: an href cut inside its id names an event the full page does not.
      assertTrue(ls.size() <= full + 1, fileName + " cut at " + cut + "/10 gave " + ls.size());
    }
  }
}
