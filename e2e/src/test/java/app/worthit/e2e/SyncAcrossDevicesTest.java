package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.server.app.ServerSettings;
import app.worthit.server.app.WorthItServer;
import app.worthit.server.limits.RateLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two browsers of one person, a real sync server: a rating made in the first reaches the second
 * once it is paired with a code, and both show the community's count on the event.
 */
class SyncAcrossDevicesTest {
  private static final String EVENT_KEY = "meetup:event:246813579";
  private static final String EVENT_URL = "https://www.meetup.com/devops-evenings/events/246813579/";
  private static final String EVENT_PAGE = SyntheticPages.meetupEvent("devops-evenings", 246813579L,
      "DevOps evening: deploys without drama", "Two talks on release engineering, then open networking.");
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
      SyncSteps.setServer(a, address);
      a.driver().findElement(By.id("sync-start")).click();
      SyncSteps.awaitSynced(a);

      a.open(url);
      SyncSteps.control(a, "worth-it").click();
      SyncSteps.awaitPressed(a, "worth-it");
      SyncSteps.awaitServerCount(address, EVENT_KEY, 1);

      a.openPopup();
      SyncSteps.awaitSynced(a);
      a.driver().findElement(By.id("add-device")).click();
      a.await("return /^[A-Z2-9]{4}-[A-Z2-9]{4}$/.test(document.getElementById('pairing-code-shown').textContent);",
          "a pairing code");
      String code = a.driver().findElement(By.id("pairing-code-shown")).getText();

      b.openPopup();
      SyncSteps.setServer(b, address);
      b.driver().findElement(By.id("pairing-code")).sendKeys(code);
      b.driver().findElement(By.id("pair")).click();
      SyncSteps.awaitSynced(b);
      b.await("return document.querySelectorAll('#devices li').length === 2;", "both devices listed");

      b.open(url);
      SyncSteps.awaitPressed(b, "worth-it");
      awaitCommunityCount(b, url);
      awaitCommunityCount(a, url);
    }
  }

  /** Reloads the page until its panel shows the community reason with the count (the worker caches counts). */
  private static void awaitCommunityCount(ChromiumSession browser, String url) {
    String shows = "const h = document.querySelector('" + SyncSteps.PANEL + "');"
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
}
