package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.community.KeyPrefix;
import app.worthit.server.app.ServerSettings;
import app.worthit.server.app.WorthItServer;
import app.worthit.server.limits.RateLimits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Two browsers of one person, a real sync server: a rating made in the first reaches the second
 * once it is paired with a code, and both show the community's count on the event.
 */
class SyncAcrossDevicesTest {
  private static final String EVENT_KEY = "meetup:event:246813579";
  private static final String EVENT_URL = "https://www.meetup.com/devops-evenings/events/246813579/";
  private static final String EVENT_PAGE = SyntheticPages.meetupEvent("devops-evenings", 246813579L,
      "DevOps evening: deploys without drama", "Two talks on release engineering, then open networking.");
  private static final String PANEL = "worthit-badge[data-worthit-panel]";
  private static final String COUNT = "Community votes: 1 worth it, 0 not worth it";

  @Test
  void a_rating_on_one_browser_reaches_a_paired_browser_and_both_show_the_community_count() throws Exception {
    Chromium.require();
    Path dir = Files.createTempDirectory("worthit-sync-e2e");
    try (WorthItServer server = WorthItServer.start(
            ServerSettings.forTest(dir.resolve("worthit.db").toString(), RateLimits.NONE));
        SiteServer site = new SiteServer();
        ChromiumSession a = ChromiumSession.start(SharedBrowser.freshProfile(), site);
        ChromiumSession b = ChromiumSession.start(SharedBrowser.freshProfile(), site)) {
      String address = "http://127.0.0.1:" + server.port();
      String url = site.serve(EVENT_URL, EVENT_PAGE);

      a.openPopup();
      assertEquals("off", a.driver().findElement(By.id("sync-state")).getAttribute("data-state"));
      setServer(a, address);
      a.driver().findElement(By.id("sync-start")).click();
      awaitSynced(a);

      a.open(url);
      control(a, "worth-it").click();
      awaitPressed(a, "worth-it");
      awaitServerCount(address, 1);

      a.openPopup();
      awaitSynced(a);
      a.driver().findElement(By.id("add-device")).click();
      a.await("return /^[A-Z2-9]{4}-[A-Z2-9]{4}$/.test(document.getElementById('pairing-code-shown').textContent);",
          "a pairing code");
      String code = a.driver().findElement(By.id("pairing-code-shown")).getText();

      b.openPopup();
      setServer(b, address);
      b.driver().findElement(By.id("pairing-code")).sendKeys(code);
      b.driver().findElement(By.id("pair")).click();
      awaitSynced(b);
      b.await("return document.querySelectorAll('#devices li').length === 2;", "both devices listed");

      b.open(url);
      awaitPressed(b, "worth-it");
      awaitCommunityCount(b, url);
      awaitCommunityCount(a, url);
    }
  }

  private static void setServer(ChromiumSession browser, String address) {
    WebElement field = browser.driver().findElement(By.id("sync-server"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), address);
  }

  /** Waits until the popup says the last sync succeeded with nothing left to push. */
  private static void awaitSynced(ChromiumSession browser) {
    try {
      browser.await("const s = document.getElementById('sync-state');"
          + "return s.getAttribute('data-state') === 'ok' && s.getAttribute('data-pending') === '0';", "a finished sync");
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; the popup says: " + browser.js(
          "return document.getElementById('sync-state').textContent + ' | '"
              + " + document.getElementById('sync-message').textContent;"), e);
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

  /** Reloads the page until its panel shows the community reason with the count (the worker caches counts). */
  private static void awaitCommunityCount(ChromiumSession browser, String url) {
    String shows = "const h = document.querySelector('" + PANEL + "');"
        + "return !!h && (h.getAttribute('data-worthit-rules') || '').split(',').includes('community')"
        + " && h.shadowRoot.textContent.includes('" + COUNT + "');";
    long deadline = System.currentTimeMillis() + 20_000;
    while (true) {
      browser.open(url);
      try {
        browser.await(shows, "the community count on the event");
        return;
      } catch (AssertionError e) {
        if (System.currentTimeMillis() > deadline) {
          throw e;
        }
      }
    }
  }

  /** Polls the server's public counts (by hash prefix, as the extension asks) until the event has the votes. */
  private static void awaitServerCount(String address, int worthIt) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(
        URI.create(address + "/api/v1/community?prefixes=" + KeyPrefix.of(EVENT_KEY))).build();
    String expected = "{\"key\":\"" + EVENT_KEY + "\",\"worthIt\":" + worthIt + ",\"notWorthIt\":0}";
    String body = "";
    long deadline = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < deadline) {
      body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
      if (body.contains(expected)) {
        return;
      }
      ChromiumSession.pause(200);
    }
    assertTrue(body.contains(expected), "the server never counted the rating: " + body);
  }
}
