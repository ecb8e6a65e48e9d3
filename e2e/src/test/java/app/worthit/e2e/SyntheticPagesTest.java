package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Profile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/** Listing pages shaped like Meetup's find page and Eventbrite's search, a hostile page, keyboard use. */
class SyntheticPagesTest {
  private static final SharedBrowser shared = new SharedBrowser();

  @Test
  void a_meetup_find_like_page_gets_the_engines_badge_on_every_card() {
    assertPageMatchesEngine("synthetic-meetup-find", "https://www.meetup.com/find/", SyntheticPages.meetupFind(120), 120);
  }

  @Test
  void an_eventbrite_search_like_page_gets_the_engines_badge_on_every_card() {
    assertPageMatchesEngine("synthetic-eventbrite-search", "https://www.eventbrite.ca/d/canada--toronto/events/",
        SyntheticPages.eventbriteSearch(120), 120);
  }

  @Test
  void a_meetup_event_page_gets_the_engines_panel() {
    String html = SyntheticPages.meetupEvent("qa-circle", 987654321L, "Quality engineering evening",
        "Talks and coffee chats with engineers from many companies.");
    String url = shared.site().serve("https://www.meetup.com/qa-circle/events/987654321/", html);
    List<BadgeRow> shown = shared.browser().open(url);
    List<BadgeRow> expected = JvmEngine.expectedBadges(html, url, Profile.EMPTY);
    BrowserVectors.record("synthetic-meetup-event", url, html, expected, shown);
    assertEquals(expected, shown);
    assertEquals(1, shown.size(), "the event page's own panel");
  }

  @Test
  void a_page_of_5000_cards_keeps_running_its_own_script_while_the_extension_works() {
    // The page's own heartbeat records when it gets to run; the extension's marks say when its
    // first pass (reading the page's events) and its badging ran. Both must let the page in:
    // neither may be one long task. No timing threshold: only whether the page ran in between.
    String heartbeat = "<script>window.__ticks = []; setInterval(() => window.__ticks.push(performance.now()), 10);"
        + "</script></body>";
    String html = SyntheticPages.meetupFind(5000).replace("</body>", heartbeat);
    String url = shared.site().serve("https://www.meetup.com/find/?cards=5000", html);
    shared.browser().driver().get(url);
    assertEquals(5000, shared.browser().settledBadges(300_000).size());
    Object ticks = shared.browser().js("const at = n => performance.getEntriesByName(n)[0].startTime;"
        + "const between = (a, b) => window.__ticks.filter(t => t > at(a) && t < at(b)).length;"
        + "return [between('worthit:extracting', 'worthit:extracted'), between('worthit:extracted', 'worthit:last-badge')];");
    List<?> counts = (List<?>) ticks;
    assertTrue(((Number) counts.get(0)).intValue() > 0, "the page ran during the first pass: " + counts);
    assertTrue(((Number) counts.get(1)).intValue() > 0, "the page ran while badges were placed: " + counts);
  }

  @Test
  void html_and_script_in_page_titles_are_shown_as_text_and_never_run() {
    String hostile = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";
    String escaped = hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    String html = "<!doctype html><html><body><ul>"
        + "<li><a href=\"https://www.meetup.com/evil/events/31337/\"><h3>" + escaped + " QA Engineers Roundtable</h3></a>"
        + "<p>For QA engineers only: " + escaped + "</p></li>"
        + "<li><a href=\"https://www.meetup.com/evil/events/31338/\">\u202e\u0000<b>bold?</b></a></li>"
        + "</ul></body></html>";
    String url = shared.site().serve("https://www.meetup.com/find/?q=evil", html);
    List<BadgeRow> shown = shared.browser().open(url);
    assertEquals(JvmEngine.expectedBadges(html, url, Profile.EMPTY), shown);
    assertNull(shared.browser().js("return window.__pwned === undefined ? null : window.__pwned;"));
    // Popovers are built on first opening: open every one, as a reader would, before looking inside.
    shared.browser().js("document.querySelectorAll('worthit-badge').forEach(h =>"
        + " h.shadowRoot.querySelector('[data-action=\"toggle\"]').click());");
    Object overlayElements = shared.browser().js(
        "return Array.from(document.querySelectorAll('worthit-badge'))"
            + ".map(h => h.shadowRoot.querySelectorAll('img, script, b').length).reduce((a, b) => a + b, 0);");
    assertEquals(0L, overlayElements, "page markup became elements inside the overlay");
    String text = (String) shared.browser().js(
        "return document.querySelector('worthit-badge[data-worthit-key=\"meetup:event:31337\"]').shadowRoot.textContent;");
    assertTrue(text.contains("<img src=x onerror="), "the hostile title is shown as text: " + text);
  }

  @Test
  void the_badge_is_a_keyboard_reachable_button_whose_label_states_the_verdict() {
    String url = shared.site().serve("https://www.meetup.com/find/?q=keyboard", SyntheticPages.meetupFind(3));
    List<BadgeRow> rows = shared.browser().open(url);
    assertEquals(3, rows.size());
    WebElement host = shared.browser().driver().findElement(By.cssSelector("worthit-badge"));
    SearchContext shadow = host.getShadowRoot();
    WebElement button = shadow.findElement(By.cssSelector("button[data-action=toggle]"));
    String label = button.getAttribute("aria-label");
    String verdict = host.getAttribute("data-worthit-verdict");
    String word = verdict.equals("worth-it") ? "Worth it" : verdict.equals("maybe") ? "Maybe" : "Skip";
    assertTrue(label.startsWith("Worth it? " + word), label);
    WebElement popover = shadow.findElement(By.cssSelector("#popover"));
    assertFalse(popover.isDisplayed());
    button.sendKeys(Keys.ENTER);
    assertTrue(popover.isDisplayed(), "Enter opens the explanation");
    assertEquals("true", button.getAttribute("aria-expanded"));
    button.sendKeys(Keys.ESCAPE);
    assertFalse(popover.isDisplayed(), "Escape closes it");
  }

  private static void assertPageMatchesEngine(String name, String address, String html, int cards) {
    String url = shared.site().serve(address, html);
    List<BadgeRow> shown = shared.browser().open(url);
    List<BadgeRow> expected = JvmEngine.expectedBadges(html, url, Profile.EMPTY);
    BrowserVectors.record(name, url, html, expected, shown);
    assertEquals(expected, shown);
    assertEquals(cards, shown.size(), "one badge per card");
    Set<String> verdicts = new HashSet<>();
    shown.forEach(r -> verdicts.add(r.verdict()));
    assertTrue(verdicts.size() >= 2, "the sample cards give different verdicts: " + verdicts);
  }

  @AfterAll
  static void stop() {
    shared.close();
  }
}
