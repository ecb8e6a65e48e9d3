package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.SubjectKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A page that changes under the extension like a single-page app: infinite scroll, cards reused
 * with a new link, links exchanged, cards re-rendered (even copied with our badge inside): after
 * every step each linked event has exactly one badge, next to a link to that same event.
 */
class SpaPageTest {
  private static final SharedBrowser shared = new SharedBrowser();
  private static final String STATE = """
      return {
        hosts: Array.from(document.querySelectorAll('worthit-badge')).map(h => ({
          key: h.getAttribute('data-worthit-key'), shadow: h.shadowRoot !== null,
          before: h.previousElementSibling && h.previousElementSibling.getAttribute('href')})),
        links: Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))};""";

  @Test
  void cards_appended_swapped_exchanged_and_rerendered_keep_exactly_one_badge_per_event() {
    String url = shared.site().serve("https://www.meetup.com/find/?source=EVENTS", SyntheticPages.meetupFind(20));
    ChromiumSession browser = shared.browser();
    browser.open(url);
    assertOneBadgePerLinkedEvent(20);

    StringBuilder more = new StringBuilder();
    for (int i = 20; i < 50; i++) {
      more.append(SyntheticPages.meetupCard(i, 400_000_000L + i));
    }
    double ms = timeUntilBadges("document.querySelector('.grid').insertAdjacentHTML('beforeend', arguments[0]);",
        50, more.toString());
    System.out.println("SPA: 30 appended cards badged after " + ms + " ms");
    assertOneBadgePerLinkedEvent(50);

    browser.js("""
        const links = document.querySelectorAll('a[data-event-label]');
        for (let i = 0; i < 10; i++) {
          links[i].setAttribute('href', 'https://www.meetup.com/group-x/events/' + (500000000 + i) + '/');
          links[i].querySelector('h3').textContent = 'Coffee chats, round ' + i;
        }""");
    browser.settledBadges();
    assertOneBadgePerLinkedEvent(50);

    browser.js("""
        const links = document.querySelectorAll('a[data-event-label]');
        const a = links[20].getAttribute('href'), b = links[21].getAttribute('href');
        links[20].setAttribute('href', b);
        links[21].setAttribute('href', a);""");
    browser.settledBadges();
    assertOneBadgePerLinkedEvent(50);

    browser.js("""
        const cards = document.querySelectorAll('[data-testid="categoryResults-eventCard"]');
        for (let i = 30; i < 40; i++) {
          const copy = document.createElement('div');
          copy.innerHTML = cards[i].outerHTML;
          cards[i].replaceWith(copy.firstElementChild);
        }
        cards[45].querySelector('a').setAttribute('href', cards[44].querySelector('a').getAttribute('href'));""");
    browser.settledBadges();
    assertOneBadgePerLinkedEvent(49);

    browser.js("document.querySelectorAll('worthit-badge')[3].remove();");
    browser.settledBadges();
    assertOneBadgePerLinkedEvent(49);
  }

  private double timeUntilBadges(String change, int count, Object arg) {
    ChromiumSession browser = shared.browser();
    browser.js("window.__t0 = performance.now();" + change, arg);
    browser.await("return document.querySelectorAll('worthit-badge').length >= " + count + ";", count + " badges");
    // Measured in the page, from the change to the content script's last-badge mark.
    return ((Number) browser.js(
        "return performance.getEntriesByName('worthit:last-badge')[0].startTime - window.__t0;")).doubleValue();
  }

  private static void assertOneBadgePerLinkedEvent(int events) {
    Map<?, ?> state = (Map<?, ?>) shared.browser().js(STATE);
    TreeSet<String> linked = new TreeSet<>();
    for (Object href : (List<?>) state.get("links")) {
      String key = SubjectKeys.fromUrl((String) href);
      if (SubjectKeys.isEvent(key)) {
        linked.add(key);
      }
    }
    List<String> keys = new ArrayList<>();
    for (Object o : (List<?>) state.get("hosts")) {
      Map<?, ?> host = (Map<?, ?>) o;
      keys.add((String) host.get("key"));
      assertEquals(Boolean.TRUE, host.get("shadow"), "every badge renders in its shadow root: " + host);
      assertEquals(host.get("key"), SubjectKeys.fromUrl((String) host.get("before")), "badge next to its own link");
    }
    assertEquals(keys.size(), new TreeSet<>(keys).size(), "no duplicate badges: " + keys);
    assertEquals(linked, new TreeSet<>(keys), "one badge per linked event");
    assertEquals(events, keys.size());
    assertTrue(keys.size() > 0);
  }

  @AfterAll
  static void stop() {
    shared.close();
  }
}
