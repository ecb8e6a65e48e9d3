package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** The badges by keyboard alone: Tab reaches each in page order, Enter or Space opens it, Escape closes it. */
class KeyboardTest {
  private static final SharedBrowser shared = new SharedBrowser();
  /** The key of the badge whose toggle has the focus, or the focused element's tag, or null on the body. */
  private static final String FOCUSED = """
      const a = document.activeElement;
      if (!a || a === document.body) return null;
      if (a.tagName !== 'WORTHIT-BADGE') return a.tagName;
      const inner = a.shadowRoot.activeElement;
      return inner && inner.getAttribute('data-action') === 'toggle' ? a.getAttribute('data-worthit-key') : 'inside';""";
  private static final String PAGE_ORDER =
      "return Array.from(document.querySelectorAll('worthit-badge')).map(h => h.getAttribute('data-worthit-key'));";
  private static final String OPEN = "return document.querySelector('worthit-badge[data-worthit-key=\"' + arguments[0]"
      + " + '\"]').shadowRoot.querySelector('[data-action=toggle]').getAttribute('aria-expanded') === 'true'"
      + " && !document.querySelector('worthit-badge[data-worthit-key=\"' + arguments[0] + '\"]').shadowRoot"
      + ".querySelector('#popover').hidden;";

  @Test
  void tab_reaches_every_badge_in_page_order_and_enter_space_and_escape_work_on_each() {
    String url = shared.site().serve("https://www.meetup.com/find/?q=tabbing", SyntheticPages.meetupFind(6));
    ChromiumSession browser = shared.browser();
    assertEquals(6, browser.open(url).size());
    List<?> order = (List<?>) browser.js(PAGE_ORDER);
    browser.js("document.activeElement && document.activeElement.blur(); window.focus();");

    List<Object> reached = new ArrayList<>();
    for (int step = 0; step < 40 && reached.size() < order.size(); step++) {
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      Object focused = browser.js(FOCUSED);
      if (focused != null && order.contains(focused)) {
        reached.add(focused);
      }
    }
    assertEquals(order, reached, "Tab reaches every badge, in page order");

    for (int i = 0; i < order.size(); i++) {
      String key = (String) order.get(i);
      focusBadge(browser, key);
      // Enter on some, Space on the others: a button takes both.
      new Actions(browser.driver()).sendKeys(i % 2 == 0 ? Keys.ENTER : Keys.SPACE).perform();
      browser.await("return (function () {" + OPEN.replace("arguments[0]", "'" + key + "'") + "})();",
          "the popover of " + key + " open by " + (i % 2 == 0 ? "Enter" : "Space"));
      new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
      assertEquals(false, browser.js(OPEN, key), "Escape closes the popover of " + key);
      assertEquals(key, browser.js(FOCUSED), "the focus is back on the badge of " + key);
    }
  }

  @Test
  void escape_from_a_control_inside_the_popover_closes_it_and_returns_focus_to_the_badge() {
    String url = shared.site().serve("https://www.meetup.com/find/?q=inside", SyntheticPages.meetupFind(2));
    ChromiumSession browser = shared.browser();
    browser.open(url);
    String key = (String) ((List<?>) browser.js(PAGE_ORDER)).get(0);
    focusBadge(browser, key);
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    browser.await("return (function () {" + OPEN.replace("arguments[0]", "'" + key + "'") + "})();", "the popover open");
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    assertEquals("inside", browser.js(FOCUSED), "Tab moves into the open popover");
    new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
    assertEquals(false, browser.js(OPEN, key));
    assertEquals(key, browser.js(FOCUSED), "the focus is back on the badge");
  }

  private static void focusBadge(ChromiumSession browser, String key) {
    browser.js("document.querySelector('worthit-badge[data-worthit-key=\"' + arguments[0] + '\"]').shadowRoot"
        + ".querySelector('[data-action=toggle]').focus();", key);
    assertEquals(key, browser.js(FOCUSED));
  }

  @AfterAll
  static void stop() {
    shared.close();
  }
}
