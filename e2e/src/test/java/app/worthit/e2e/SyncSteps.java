package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.community.KeyPrefix;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What the sync tests do in the popup and on event pages, and how they ask the server what it counted. */
final class SyncSteps {
  static final String PANEL = "worthit-badge[data-worthit-panel]";

  private SyncSteps() {}

  /** Types the server address into the popup (replacing what is there). */
  static void setServer(ChromiumSession browser, String address) {
    WebElement field = browser.driver().findElement(By.id("sync-server"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), address);
  }

  /** Waits until the popup says the last sync succeeded with nothing left to push. */
  static void awaitSynced(ChromiumSession browser) {
    try {
      browser.await("const s = document.getElementById('sync-state');"
          + "return s.getAttribute('data-state') === 'ok' && s.getAttribute('data-pending') === '0';", "a finished sync");
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; the popup says: " + browser.js(
          "return document.getElementById('sync-state').textContent + ' | '"
              + " + document.getElementById('sync-message').textContent;"), e);
    }
  }

  /** A control of the event page's panel. */
  static WebElement control(ChromiumSession browser, String action) {
    return browser.driver().findElement(By.cssSelector(PANEL)).getShadowRoot()
        .findElement(By.cssSelector("[data-action=\"" + action + "\"]"));
  }

  /** Waits until the panel's control is pressed. */
  static void awaitPressed(ChromiumSession browser, String action) {
    browser.await("const h = document.querySelector('" + PANEL + "');"
        + "return !!h && h.shadowRoot.querySelector('[data-action=\"" + action + "\"]')"
        + ".getAttribute('aria-pressed') === 'true';", action + " pressed");
  }

  /** Polls the server's public counts (by hash prefix, as the extension asks) until the key has the votes. */
  static void awaitServerCount(String address, String key, int worthIt) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(
        URI.create(address + "/api/v1/community?prefixes=" + KeyPrefix.of(key))).build();
    String expected = "{\"key\":\"" + key + "\",\"worthIt\":" + worthIt + ",\"notWorthIt\":0}";
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
