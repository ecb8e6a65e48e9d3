package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.server.app.ServerSettings;
import app.worthit.server.app.WorthItServer;
import app.worthit.server.limits.RateLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Offline first: with the server gone a rating waits in the queue, the popup says why, and it syncs once the server is back. */
class SyncOfflineTest {
  private static final String EVENT_KEY = "meetup:event:135792468";
  private static final String EVENT_URL = "https://www.meetup.com/data-circle/events/135792468/";
  private static final String EVENT_PAGE = SyntheticPages.meetupEvent("data-circle", 135792468L,
      "Data engineering night", "Lightning talks on pipelines, then open networking with data teams.");

  @Test
  void a_rating_made_while_the_server_is_down_waits_and_syncs_when_it_is_back() throws Exception {
    Chromium.require();
    Path db = Files.createTempDirectory("worthit-sync-offline").resolve("worthit.db");
    WorthItServer first = WorthItServer.start(ServerSettings.forTest(db.toString(), RateLimits.NONE));
    int port = first.port();
    String address = "http://127.0.0.1:" + port;
    boolean firstOpen = true;
    try (SiteServer site = new SiteServer();
        ChromiumSession browser = ChromiumSession.start(SharedBrowser.freshProfile(), site)) {
      String url = site.serve(EVENT_URL, EVENT_PAGE);
      browser.openPopup();
      SyncSteps.setServer(browser, address);
      browser.driver().findElement(By.id("sync-start")).click();
      SyncSteps.awaitSynced(browser);
      first.close();
      firstOpen = false;

      browser.open(url);
      SyncSteps.control(browser, "worth-it").click();
      SyncSteps.awaitPressed(browser, "worth-it");
      browser.openPopup();
      browser.await("const s = document.getElementById('sync-state');"
          + "return s.getAttribute('data-state') === 'error' && s.getAttribute('data-pending') === '1';",
          "the popup to report the failed sync");
      String words = browser.driver().findElement(By.id("sync-state")).getText();
      assertTrue(words.contains("Cannot reach the sync server at " + address), words);
      assertTrue(words.contains("1 change waiting to sync."), words);

      try (WorthItServer again = WorthItServer.start(new ServerSettings("127.0.0.1", port, db.toString(), 4, RateLimits.NONE))) {
        browser.driver().findElement(By.id("sync-now")).click();
        SyncSteps.awaitSynced(browser);
        SyncSteps.awaitServerCount(address, EVENT_KEY, 1);
      }
    } finally {
      if (firstOpen) {
        first.close();
      }
    }
  }
}
