package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.rules.Rules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** In a popover and in a panel each reason reads once: effect, the rule's one-line meaning, evidence quoted once. */
class ReasonsOnceTest {
  private static final SharedBrowser shared = new SharedBrowser();
  /** Each reason item of the first overlay: its rule, its text, and the text of its evidence line. */
  private static final String REASONS = """
      const host = document.querySelector(arguments[0]);
      const toggle = host.shadowRoot.querySelector('[data-action="toggle"]');
      if (toggle) toggle.click();
      return Array.from(host.shadowRoot.querySelectorAll('li[data-rule]')).map(li => ({rule: li.getAttribute('data-rule'),
        text: li.textContent, evidence: Array.from(li.querySelectorAll('.evidence')).map(e => e.textContent)}));""";

  private static void assertReadOnce(List<?> items) {
    assertFalse(items.isEmpty(), "the overlay explains its verdict");
    java.util.Set<Object> rules = new java.util.HashSet<>();
    for (Object o : items) {
      Map<?, ?> item = (Map<?, ?>) o;
      String rule = (String) item.get("rule");
      String text = (String) item.get("text");
      assertTrue(rules.add(rule), "one item per reason: " + rule);
      String why = Rules.explanation(rule);
      assertEquals(1, occurrences(text, why), "the rule's meaning once in: " + text);
      assertTrue(((List<?>) item.get("evidence")).size() <= 1, "one evidence line: " + text);
      for (String nested : new String[] {"\u201c\"", "\"\u201d", "\u201c\u201c", "\"\""}) {
        assertFalse(text.contains(nested), "no quotes inside quotes: " + text);
      }
    }
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void each_reason_of_a_popover_reads_once() {
    ChromiumSession browser = shared.browser();
    browser.open(shared.site().serve("https://www.meetup.com/find/?reasons=once", SyntheticPages.meetupFind(2)));
    List<?> items = (List<?>) browser.js(REASONS, "worthit-badge[data-worthit-key=\"meetup:event:400000000\"]");
    assertReadOnce(items);
    assertTrue(items.stream().anyMatch(i -> "support-group".equals(((Map<?, ?>) i).get("rule"))), items.toString());
  }

  @Test
  void each_reason_of_an_event_pages_panel_reads_once() {
    ChromiumSession browser = shared.browser();
    String html = SyntheticPages.meetupEvent("leads-circle", 311_000_003L, SyntheticPages.EVENTS[1][0], SyntheticPages.EVENTS[1][1]);
    browser.open(shared.site().serve("https://www.meetup.com/leads-circle/events/311000003/", html));
    assertReadOnce((List<?>) browser.js(REASONS, "worthit-badge[data-worthit-panel]"));
  }

  @AfterAll
  static void stop() {
    shared.close();
  }
}
