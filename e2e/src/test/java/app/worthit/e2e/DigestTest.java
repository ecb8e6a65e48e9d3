package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.e2e.DigestPages.Event;
import app.worthit.model.Profile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * "Your week" and "Your hours" in Chromium: pages browsed (dated from the test's run) fill the
 * seen log; digest.html lists the upcoming ones best first, exports them as an .ics that a real
 * parser reads, and counts the hours of the events marked "I went" as they are marked.
 */
class DigestTest {
  private static final String PANEL = "worthit-badge[data-worthit-panel]";
  private static final List<String> RANK = List.of("worth-it", "maybe", "skip");

  private static final Event FOUNDERS = new Event(880000001L, "Meet the founders: startups hiring engineers",
      "Hiring managers and founders from named companies present their teams; companies hiring now.",
      DigestPages.at(3, 18), DigestPages.at(3, 18).plusMinutes(150), false);
  private static final Event COFFEE = new Event(880000002L, "Coffee chats for engineers",
      "One-on-one coffee chats: warm introductions and mentor matching with people from many companies.",
      DigestPages.at(1, 12), null, true);
  private static final Event ASSOCIATION = new Event(880000003L, "Bioscience Association networking night",
      "The regional bioscience association's chapter meeting: scientists, engineers and managers of all roles.",
      DigestPages.at(2, 19), null, false);
  private static final Event SUPPORT = new Event(880000004L, "Laid off? You're not alone: job seekers support group",
      "A weekly support group for the unemployed to share your struggles and find encouragement.",
      DigestPages.at(1, 10), null, true);
  private static final Event EVENING = new Event(880000005L, "Evening meetup", "Drinks after work.",
      DigestPages.at(5, 19), null, false);
  private static final Event LATER = new Event(880000006L, "Meet the founders: more startups hiring",
      "Hiring managers and founders from named companies present their teams; companies hiring now.",
      DigestPages.at(20, 18), null, false);
  private static final Event WENT_RATED = new Event(880000007L, "QA Engineers Roundtable",
      "For QA engineers only: share job leads and openings with your peers every month.",
      DigestPages.at(-3, 18), DigestPages.at(-3, 18).plusMinutes(90), false);
  private static final Event WENT = new Event(880000008L, "Job Leads Exchange",
      "We share job postings and openings we found on job boards this week.", DigestPages.at(-10, 18), null, false);
  private static final List<Event> LISTED = List.of(FOUNDERS, COFFEE, ASSOCIATION, SUPPORT, EVENING, LATER);

  @Test
  void the_week_lists_what_was_seen_best_first_exports_it_and_counts_attended_hours() throws Exception {
    try (SiteServer site = new SiteServer();
        ChromiumSession browser = ChromiumSession.start(SharedBrowser.freshProfile(), site)) {
      String find = DigestPages.find(LISTED);
      String findUrl = site.serve("https://www.meetup.com/find/", find);
      Map<String, String> verdicts = new HashMap<>();
      for (BadgeRow b : JvmEngine.expectedBadges(find, findUrl, Profile.EMPTY)) {
        verdicts.put(b.key(), b.verdict());
      }
      List<String> kinds = LISTED.stream().map(e -> verdicts.get(e.key())).toList();
      assertTrue(kinds.containsAll(RANK), "precondition: the page has every verdict: " + kinds);
      assertEquals(LISTED.size(), browser.open(findUrl).size());
      // Each page stays open in its own tab, so the seen log's delayed write always happens.
      String rated = openInTab(browser, site, WENT_RATED);
      String plain = openInTab(browser, site, WENT);

      browser.driver().switchTo().newWindow(WindowType.TAB);
      String digest = browser.driver().getWindowHandle();
      browser.driver().get("chrome-extension://" + BuiltExtension.id() + "/digest.html");
      browser.await("return document.getElementById('seen-count').textContent === '8 events';", "8 events seen");

      List<Event> week = expectedWeek(verdicts, false);
      assertEquals(keys(week), listedKeys(browser));
      for (Event e : week) {
        assertEquals(verdicts.get(e.key()), browser.js("return document.querySelector('#week-list li[data-key=\""
            + e.key() + "\"] .badge').parentElement.parentElement.getAttribute('data-verdict');"));
      }
      assertEquals(week.size(), ((Number) browser.js("return document.querySelectorAll('#week-list .badge').length;"))
          .intValue());

      Calendar ics = downloadCalendar(browser);
      List<VEvent> entries = ics.getComponents(Component.VEVENT);
      assertEquals(week.size(), entries.size());
      for (int i = 0; i < week.size(); i++) {
        Event e = week.get(i);
        VEvent v = entries.get(i);
        assertEquals(e.key().replace(':', '-') + "@worthit.invalid", prop(v, Property.UID));
        assertEquals(e.title(), prop(v, Property.SUMMARY));
        assertEquals(e.url(), prop(v, Property.URL));
        assertEquals(e.start().toInstant(), Instant.from(v.getStartDate().orElseThrow().getDate()));
        OffsetDateTime end = e.end() != null ? e.end() : e.start().plusHours(2);
        assertEquals(end.toInstant(), Instant.from(v.getEndDate().orElseThrow().getDate()));
        assertEquals(e.end() == null, prop(v, Property.DESCRIPTION).contains("ends two hours after the start"));
        assertTrue(prop(v, Property.DESCRIPTION).startsWith("Worth it? "), prop(v, Property.DESCRIPTION));
      }

      browser.driver().findElement(By.cssSelector("#week-list li [data-action='add-to-calendar']")).click();
      Calendar one = readCalendar(browser, "event-ics-link");
      assertEquals(List.of(week.get(0).key().replace(':', '-') + "@worthit.invalid"),
          one.<VEvent>getComponents(Component.VEVENT).stream().map(v -> prop(v, Property.UID)).toList());

      browser.driver().findElement(By.id("show-skipped")).click();
      assertEquals(keys(expectedWeek(verdicts, true)), listedKeys(browser));
      browser.driver().findElement(By.cssSelector("label[for='days-30']")).click();
      assertTrue(listedKeys(browser).contains(LATER.key()), "30 days reach the later event");

      assertEquals("Last month: no hours at events you marked \u201cI went\u201d.", text(browser, "hours-summary"));
      assertEquals(0.0, columnSum(browser, "total"));
      assertEquals(0L, browser.js("return document.querySelectorAll('#hours-chart rect.seg').length;"));

      browser.driver().switchTo().window(rated);
      control(browser, "attended").click();
      awaitPressed(browser, "attended");
      control(browser, "worth-it").click();
      awaitPressed(browser, "worth-it");
      browser.driver().switchTo().window(plain);
      control(browser, "attended").click();
      awaitPressed(browser, "attended");

      browser.driver().switchTo().window(digest);
      browser.await("return document.getElementById('hours-summary').textContent === "
          + "'Last month: 3.5 hours, 1.5 of them at events rated worth it.';", "the summary to count both events");
      assertEquals(3.5, columnSum(browser, "total"));
      assertTrue(((Number) browser.js("return document.querySelectorAll('#hours-chart rect.seg').length;")).intValue() >= 2);
      browser.js("const s = document.getElementById('hours-split'); s.value = 'rating';"
          + " s.dispatchEvent(new Event('change'));");
      assertEquals(1.5, columnSum(browser, "worth-it"));
      assertEquals(2.0, columnSum(browser, "unrated"));

      // In one script: the list is drawn again whenever the seen log changes (the marks re-score the events).
      browser.js("const li = document.querySelector(\"#attended-list li[data-key='" + WENT.key() + "']\");"
          + " li.querySelector('input').value = '3'; li.querySelector('[data-action=save-duration]').click();");
      browser.await("return document.getElementById('hours-summary').textContent === "
          + "'Last month: 4.5 hours, 1.5 of them at events rated worth it.';", "the corrected duration to count");
      assertEquals(3.0, columnSum(browser, "unrated"));
    }
  }

  /** The events the week should list, in order, from the JVM's verdicts and the events' starts. */
  private static List<Event> expectedWeek(Map<String, String> verdicts, boolean skipped) {
    List<Event> week = new ArrayList<>();
    for (Event e : LISTED) {
      boolean inWeek = e.start().isBefore(OffsetDateTime.now().plusDays(7));
      if (inWeek && (skipped || !"skip".equals(verdicts.get(e.key())))) {
        week.add(e);
      }
    }
    week.sort(Comparator.comparingInt((Event e) -> RANK.indexOf(verdicts.get(e.key()))).thenComparing(Event::start));
    return week;
  }

  private static String openInTab(ChromiumSession browser, SiteServer site, Event e) {
    browser.driver().switchTo().newWindow(WindowType.TAB);
    assertEquals(1, browser.open(site.serve(e.url(), DigestPages.eventPage(e))).size());
    return browser.driver().getWindowHandle();
  }

  private static Calendar downloadCalendar(ChromiumSession browser) throws Exception {
    browser.driver().findElement(By.id("export-ics")).click();
    assertEquals("worthit-week.ics", browser.driver().findElement(By.id("export-ics-link")).getAttribute("download"));
    return readCalendar(browser, "export-ics-link");
  }

  /** The calendar file the link was last pointed at, checked line by line and parsed by ical4j. */
  private static Calendar readCalendar(ChromiumSession browser, String linkId) throws Exception {
    WebElement link = browser.driver().findElement(By.id(linkId));
    // The file's bytes as base64: WebDriver's transport turns CRLF into LF in returned strings.
    String base64 = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
            + " let s = ''; new Uint8Array(b).forEach(x => { s += String.fromCharCode(x); }); done(btoa(s)); });",
        link.getAttribute("href"));
    String text = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"), text);
    for (String line : text.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75 && !line.contains("\n"), line);
    }
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static List<String> keys(List<Event> events) {
    return events.stream().map(Event::key).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> listedKeys(ChromiumSession browser) {
    return (List<String>) browser.js(
        "return Array.from(document.querySelectorAll('#week-list li')).map(li => li.getAttribute('data-key'));");
  }

  private static double columnSum(ChromiumSession browser, String category) {
    return ((Number) browser.js("return Array.from(document.querySelectorAll('#hours-table td[data-category=\""
        + category + "\"]')).reduce((s, td) => s + parseFloat(td.textContent), 0);")).doubleValue();
  }

  private static String text(ChromiumSession browser, String id) {
    return browser.driver().findElement(By.id(id)).getText();
  }

  private static String prop(VEvent e, String name) {
    return e.getProperty(name).map(Property::getValue).orElse(null);
  }

  private static WebElement control(ChromiumSession browser, String action) {
    return browser.driver().findElement(By.cssSelector(PANEL)).getShadowRoot()
        .findElement(By.cssSelector("[data-action=\"" + action + "\"]"));
  }

  private static void awaitPressed(ChromiumSession browser, String action) {
    browser.await("const h = document.querySelector('" + PANEL + "');"
        + "return !!h && h.shadowRoot.querySelector('[data-action=\"" + action + "\"]')"
        + ".getAttribute('aria-pressed') === 'true';", action + " pressed");
  }
}
