package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/** The user's own marks and profile: stored locally, surviving restarts, moving by export and import. */
class PersonalDataTest {
  private static final String EVENT_URL = "https://www.meetup.com/qa-circle/events/987654321/";
  private static final String EVENT_PAGE = SyntheticPages.meetupEvent("qa-circle", 987654321L,
      "Quality engineering evening", "Talks and coffee chats with engineers from many companies.");
  private static final String PANEL = "worthit-badge[data-worthit-panel]";

  @Test
  void a_rating_survives_a_reload_and_a_browser_restart() throws IOException {
    Path profile = SharedBrowser.freshProfile();
    try (SiteServer site = new SiteServer()) {
      String url = site.serve(EVENT_URL, EVENT_PAGE);
      try (ChromiumSession browser = ChromiumSession.start(profile, site)) {
        browser.open(url);
        control(browser, "worth-it").click();
        awaitPressed(browser, "worth-it");
        browser.driver().navigate().refresh();
        browser.settledBadges();
        awaitPressed(browser, "worth-it");
      }
      try (ChromiumSession restarted = ChromiumSession.start(profile, site)) {
        restarted.open(url);
        awaitPressed(restarted, "worth-it");
        assertEquals("false", control(restarted, "not-worth-it").getAttribute("aria-pressed"));
      }
    }
  }

  @Test
  void changing_the_target_title_in_the_popup_flips_a_single_title_verdict_on_the_page() throws IOException {
    String html = SyntheticPages.meetupEvent("qa-roundtable", 555000111L, "QA Engineers Roundtable",
        "A roundtable for QA engineers only: networking and peer exchange about QA jobs with other testers.");
    try (SiteServer site = new SiteServer();
        ChromiumSession browser = ChromiumSession.start(SharedBrowser.freshProfile(), site)) {
      String url = site.serve("https://www.meetup.com/qa-roundtable/events/555000111/", html);
      List<BadgeRow> before = JvmEngine.expectedBadges(html, url, Profile.EMPTY);
      List<BadgeRow> after = JvmEngine.expectedBadges(html, url, new Profile("Product manager", null, null));
      assertEquals(1, before.size());
      assertTrue(before.get(0).rules().contains("single-title"), "precondition: single-title fires: " + before);
      assertNotEquals(before.get(0).verdict(), after.get(0).verdict(),
          "precondition: another target title changes the verdict: " + before + " / " + after);
      List<BadgeRow> shownBefore = browser.open(url);
      BrowserVectors.record("synthetic-single-title", url, html, before, shownBefore);
      assertEquals(before, shownBefore);

      String page = browser.driver().getWindowHandle();
      browser.driver().switchTo().newWindow(WindowType.TAB);
      browser.openPopup();
      browser.driver().findElement(By.id("target-title")).sendKeys("Product manager");
      browser.driver().findElement(By.id("save-profile")).click();
      browser.await("return document.getElementById('profile-status').textContent === 'Saved.';", "profile saved");
      browser.driver().switchTo().window(page);
      browser.await("return document.querySelector('worthit-badge').getAttribute('data-worthit-verdict') === '"
          + after.get(0).verdict() + "';", "the verdict to follow the new target title");
      List<BadgeRow> shownAfter = browser.badges();
      BrowserVectors.recordAfterProfile("synthetic-single-title", "Product manager", after, shownAfter);
      assertEquals(after, shownAfter);
    }
  }

  @Test
  void export_then_import_into_a_fresh_profile_restores_everything() throws IOException {
    try (SiteServer site = new SiteServer()) {
      String url = site.serve(EVENT_URL, EVENT_PAGE);
      String exported;
      try (ChromiumSession browser = ChromiumSession.start(SharedBrowser.freshProfile(), site)) {
        browser.openPopup();
        browser.driver().findElement(By.id("target-title")).sendKeys("QA engineer");
        browser.driver().findElement(By.id("industry")).sendKeys("Healthcare IT");
        browser.driver().findElement(By.id("save-profile")).click();
        browser.await("return document.getElementById('profile-status').textContent === 'Saved.';", "profile saved");
        browser.open(url);
        control(browser, "not-worth-it").click();
        awaitPressed(browser, "not-worth-it");
        control(browser, "attended").click();
        awaitPressed(browser, "attended");
        control(browser, "note-text").sendKeys("Ask Dana about the platform team");
        control(browser, "save-note").click();
        browser.await("return document.querySelector('" + PANEL + "').shadowRoot"
            + ".querySelector('textarea').value === 'Ask Dana about the platform team';", "note saved");
        browser.openPopup();
        browser.await("return document.getElementById('rated-count').textContent === '1';", "counts");
        browser.driver().findElement(By.id("export")).click();
        String href = browser.driver().findElement(By.id("export-link")).getAttribute("href");
        exported = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done);", href);
      }
      assertTrue(exported.contains("\"format\":\"worthit-personal-data\""), exported);
      Path file = Files.createTempFile("worthit-export", ".json");
      Files.writeString(file, exported, StandardCharsets.UTF_8);

      try (ChromiumSession fresh = ChromiumSession.start(SharedBrowser.freshProfile(), site)) {
        fresh.openPopup();
        fresh.driver().findElement(By.id("import-file")).sendKeys(file.toString());
        fresh.await("return document.getElementById('import-status').textContent.startsWith('Imported');", "import");
        fresh.await("return document.getElementById('attended-count').textContent === '1';", "counts after import");
        assertEquals("1", fresh.driver().findElement(By.id("rated-count")).getText());
        assertEquals("QA engineer", fresh.driver().findElement(By.id("target-title")).getAttribute("value"));
        assertEquals("Healthcare IT", fresh.driver().findElement(By.id("industry")).getAttribute("value"));
        fresh.open(url);
        awaitPressed(fresh, "not-worth-it");
        awaitPressed(fresh, "attended");
        assertEquals("Ask Dana about the platform team", fresh.js(
            "return document.querySelector('" + PANEL + "').shadowRoot.querySelector('textarea').value;"));
      }
    }
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
