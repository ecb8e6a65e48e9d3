package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Profile;
import app.worthit.testing.OwnPages;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The project's own pages in German, served under www.eventbrite.de and www.meetup.com: the badges
 * are the JVM engine's, and the German listings' explanation says, in the page, why they are maybe.
 */
class ForeignPagesTest {
  private static final String GERMAN = "Written in German; the rules read English listings only for now.";
  private static final SharedBrowser shared = new SharedBrowser();

  /** The explanation shown for the event: the badge's popover opened as a reader would, or the panel. */
  private static String explanation(String key) {
    return (String) shared.browser().js("const h = document.querySelector('[data-worthit-key=\"' + arguments[0] + '\"]');"
        + "const toggle = h.shadowRoot.querySelector('[data-action=\"toggle\"]');"
        + "if (toggle && toggle.getAttribute('aria-expanded') !== 'true') toggle.click();"
        + "return h.shadowRoot.textContent;", key);
  }

  @Test
  void an_eventbrite_de_search_page_explains_its_german_listings() {
    String html = OwnPages.html("eventbrite_de_search_page.html");
    String url = shared.site().serve("https://www.eventbrite.de/d/germany--berlin/networking/", html);
    List<BadgeRow> shown = shared.browser().open(url);
    assertEquals(JvmEngine.expectedBadges(html, url, Profile.EMPTY), shown);
    assertEquals(4, shown.size());
    BadgeRow german = shown.stream().filter(r -> r.key().equals("eventbrite:event:1930000000002")).findFirst().orElseThrow();
    assertEquals("maybe", german.verdict());
    assertEquals("language", german.rules());
    String text = explanation("eventbrite:event:1930000000002");
    assertTrue(text.contains(GERMAN), text);
    String bilingual = explanation("eventbrite:event:1930000000004");
    assertTrue(bilingual.contains("Partly written in German; the rules read its English part only."), bilingual);
  }

  @Test
  void a_german_meetup_event_page_explains_its_maybe_in_the_panel() {
    String html = OwnPages.html("meetup_event_page_de.html");
    String url = shared.site().serve("https://www.meetup.com/jobsuche-gemeinsam-berlin/events/401930001/", html);
    List<BadgeRow> shown = shared.browser().open(url);
    assertEquals(JvmEngine.expectedBadges(html, url, Profile.EMPTY), shown);
    BadgeRow panel = shown.stream().filter(r -> r.key().equals("meetup:event:401930001")).findFirst().orElseThrow();
    assertEquals("maybe", panel.verdict());
    assertEquals("language", panel.rules());
    String text = explanation("meetup:event:401930001");
    assertTrue(text.contains(GERMAN), text);
  }

  @AfterAll
  static void stop() {
    shared.close();
  }
}
