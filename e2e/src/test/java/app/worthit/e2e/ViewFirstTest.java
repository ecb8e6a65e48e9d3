package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What the reader sees comes first: the cards in or within one screen of the view are badged
 * before any other, a card scrolled into view jumps the queue, and a page never scrolled still
 * ends with every badge. The page's own script records the order in which badges went in.
 */
class ViewFirstTest {
  private static final SharedBrowser shared = new SharedBrowser();
  /** Records, in the page's own world, each badge's key in the order the badges go into the page. */
  private static final String RECORD = "<script>window.__order = [];"
      + "new MutationObserver(rs => { for (const r of rs) for (const n of r.addedNodes)"
      + " if (n.nodeName === 'WORTHIT-BADGE') window.__order.push(n.getAttribute('data-worthit-key')); })"
      + ".observe(document, {childList: true, subtree: true});"
      + "document.addEventListener('DOMContentLoaded', () => { window.__near = (() => {" + near() + "})(); });</script>";

  /** The keys of the event links in or within one screen of the view, as the page loads (before any badge). */
  private static String near() {
    return "const h = window.innerHeight, keys = [];"
        + "for (const a of document.querySelectorAll('a[href*=\"/events/\"]')) { const r = a.getBoundingClientRect();"
        + " if (r.bottom >= -h && r.top <= 2 * h) keys.push('meetup:event:' + a.getAttribute('href').match(/events.(\\d+)/)[1]); }"
        + "return keys;";
  }

  private static String page(int cards) {
    return SyntheticPages.meetupFind(cards).replace("<body>", "<body>" + RECORD);
  }

  @Test
  void cards_near_the_view_are_badged_before_any_other_and_an_unscrolled_page_ends_with_every_badge() {
    ChromiumSession browser = shared.browser();
    String url = shared.site().serve("https://www.meetup.com/find/?view=first", page(600));
    browser.driver().get(url);
    assertEquals(600, browser.settledBadges(120_000).size());
    List<?> near = (List<?>) browser.js("return window.__near;");
    List<?> order = (List<?>) browser.js("return window.__order;");
    assertTrue(near.size() > 3 && near.size() < 600, "a few cards are near the view: " + near.size());
    assertEquals(Set.copyOf(near), Set.copyOf(order.subList(0, near.size())),
        "the first badges to go in are the cards near the view");
    assertEquals(600, Set.copyOf(order).size(), "every card got its badge once");
  }

  @Test
  void a_card_scrolled_into_view_jumps_the_queue() {
    ChromiumSession browser = shared.browser();
    String url = shared.site().serve("https://www.meetup.com/find/?view=scrolled", page(5000));
    browser.driver().get(url);
    browser.await("return window.__order.length > 0;", "the first badges");
    // Straight after the first badges the page is still being read; the card scrolled to must not wait for it.
    browser.js("document.querySelectorAll('[data-testid=\"categoryResults-eventCard\"]')[4000].scrollIntoView();");
    browser.settledBadges(300_000);
    List<?> order = (List<?>) browser.js("return window.__order;");
    int scrolledTo = order.indexOf("meetup:event:" + (400_000_000L + 4000));
    int between = order.indexOf("meetup:event:" + (400_000_000L + 2000));
    assertTrue(scrolledTo >= 0 && between >= 0, "both cards got badges");
    assertTrue(scrolledTo < between, "the card scrolled to (" + scrolledTo + ") was badged before card 2000 ("
        + between + ")");
    assertEquals(5000, Set.copyOf(order).size());
  }

  @Test
  void cards_whose_events_only_the_pages_state_names_get_their_badges_after_the_full_pass() {
    // Image-only links near the view: read early, their cards say nothing; the page's state names them.
    StringBuilder results = new StringBuilder();
    StringBuilder cards = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      String url = "https://www.eventbrite.ca/e/state-only-tickets-" + (1_900_000_005_000L + i);
      results.append(i == 0 ? "" : ",").append("{\"_type\":\"destination_event\",\"name\":\"")
          .append(SyntheticPages.EVENTS[i % 8][0].replace("'", "")).append("\",\"url\":\"").append(url)
          .append("\",\"summary\":\"").append(SyntheticPages.EVENTS[i % 8][1].replace("'", "")).append("\"}");
      cards.append("<li><a href=\"").append(url).append("?aff=x\"><img alt=\"\"></a></li>");
    }
    String html = "<!doctype html><html><head><title>Search</title></head><body><script>window.__SERVER_DATA__ = "
        + "{\"search_data\":{\"events\":{\"results\":[" + results + "]}}};</script><ul>" + cards + "</ul></body></html>";
    String url = shared.site().serve("https://www.eventbrite.ca/d/canada--toronto/state-only/", html);
    List<BadgeRow> shown = shared.browser().open(url);
    assertEquals(300, shown.size());
    assertEquals(JvmEngine.expectedBadges(html, url, app.worthit.model.Profile.EMPTY), shown);
  }

  @AfterAll
  static void stop() {
    shared.close();
  }
}
