package app.worthit.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.worthit.extract.Page;
import app.worthit.extract.PageExtractor;
import app.worthit.model.Listing;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * View first: one card's listing read from its card and the JSON-LD alone is the full pass's
 * listing of that event, on pages without embedded site state (the extension re-renders otherwise).
 */
class EarlyListingTest {
  /** A find page as on Meetup in 2026: a JSON-LD array of the events, and cards with tracking links. */
  private static final String FIND = "<html><head><link rel=\"canonical\" href=\"https://www.meetup.com/find/\"></head><body>"
      + "<script type=\"application/ld+json\">[{\"@type\":\"Event\",\"name\":\"Job Leads Exchange\","
      + "\"url\":\"https://www.meetup.com/leads/events/401000001/\",\"description\":\"We share job postings.\","
      + "\"startDate\":\"2026-06-25T22:00:00Z\"},{\"@type\":\"BusinessEvent\",\"name\":\"Founders Breakfast\","
      + "\"url\":\"https://www.meetup.com/founders/events/401000002/\",\"offers\":{\"price\":\"12.50\",\"priceCurrency\":\"EUR\"}}]"
      + "</script><main><div class=\"grid\">"
      + "<div class=\"card\"><a href=\"https://www.meetup.com/leads/events/401000001/?recId=x\"><h3>Job Leads Exchange</h3></a>"
      + "<p>Leads group</p><p>42 attendees</p></div>"
      + "<div class=\"card\"><a href=\"/founders/events/401000002/\"><img alt=\"\"></a><a href=\"/founders/events/401000002/\">"
      + "<h3>Founders Breakfast</h3></a><time datetime=\"2026-09-15T07:30:00Z\">Tue</time><span>Online event</span></div>"
      + "<div class=\"card\"><a href=\"https://www.meetup.com/cards/events/401000003/\">Evening meetup</a><p>12 going</p></div>"
      + "</div></main></body></html>";

  @ParameterizedTest
  @ValueSource(strings = {"find", "dom_cards_only.html", "eventbrite_legacy_past_event_page.html"})
  void each_cards_early_listing_is_its_full_pass_listing(String file) {
    Page page = JsoupPage.parse(file.equals("find") ? FIND : ExtractedPages.ownHtml(file), null);
    List<Listing> full = PageExtractor.extract(page);
    List<String> jsonLd = new ArrayList<>();
    for (Page.Element s : page.select(PageExtractor.JSON_LD_SCRIPTS)) {
      jsonLd.add(s.text());
    }
    Set<String> seen = new HashSet<>();
    for (Page.Element link : page.select("a[href]")) {
      Listing early = PageExtractor.early(page, link, jsonLd);
      if (early != null && seen.add(early.key())) {
        assertEquals(ExtractedPages.byKey(full, early.key()), early, file + ": " + link.attr("href"));
      }
    }
    assertFalse(seen.isEmpty(), file + " has event links");
  }
}
