package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Acceptor;
import app.worthit.model.Correction;
import app.worthit.model.Profile;
import app.worthit.server.app.AdminCommand;
import app.worthit.server.app.ServerSettings;
import app.worthit.server.app.WorthItServer;
import app.worthit.server.limits.RateLimits;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import picocli.CommandLine;

/**
 * Moderation end to end, with a real server and two browsers: an organiser claims a group, proves
 * it with the phrase on the group's page, and corrects members-only-exchange to false; another
 * user's verdict on an event of that group follows with the organiser's explanation; an admin
 * reverts the correction on the admin page and that verdict goes back.
 */
class OrganiserCorrectionTest {
  private static final String GROUP = "referral-breakfast-club";
  private static final String GROUP_KEY = "meetup:group:" + GROUP;
  private static final String GROUP_URL = "https://www.meetup.com/" + GROUP + "/";
  private static final long EVENT_ID = 313579246L;
  private static final String EVENT_KEY = "meetup:event:" + EVENT_ID;
  private static final String EVENT_URL = GROUP_URL + "events/" + EVENT_ID + "/";
  // Not said to be weekly: a weekly referral club is also the same faces, which the correction leaves standing.
  private static final String EVENT_PAGE = SyntheticPages.meetupEvent(GROUP, EVENT_ID, "Referral breakfast",
      "Our breakfast for local business owners. Only paying members may share contacts or pass referrals.");
  private static final List<String> ABOUT = List.of("A breakfast for local business owners.",
      "Only paying members may share contacts or pass referrals.");
  /** With markup, to prove every page shows it as text. */
  private static final String EXPLANATION = "Since March anyone may pass referrals at our breakfasts: <b>no membership</b>.";
  private static final String ORGANISER = "worthit-organiser";

  @Test
  void an_organiser_proves_a_claim_corrects_a_rule_for_everyone_and_an_admin_reverts_it() throws Exception {
    Chromium.require();
    Path dir = Files.createTempDirectory("worthit-moderation-e2e");
    String db = dir.resolve("worthit.db").toString();
    try (WorthItServer server = WorthItServer.start(ServerSettings.forTest(db, RateLimits.NONE));
        SiteServer site = new SiteServer();
        ChromiumSession organiser = ChromiumSession.start(SharedBrowser.freshProfile(), site);
        ChromiumSession visitor = ChromiumSession.start(SharedBrowser.freshProfile(), site)) {
      String address = "http://127.0.0.1:" + server.port();
      String eventUrl = site.serve(EVENT_URL, EVENT_PAGE);
      String groupUrl = site.serve(GROUP_URL, groupPage(List.of()));
      connect(organiser, address);
      connect(visitor, address);

      BadgeRow original = expected(List.of());
      BadgeRow corrected = expected(List.of(new Correction(null, GROUP_KEY, GROUP_KEY,
          Map.of("members-only-exchange", false), null, EXPLANATION, Acceptor.ORGANISER)));
      assertTrue(List.of(original.rules().split(",")).contains("members-only-exchange"), original.rules());
      assertNotEquals(original.verdict(), corrected.verdict(), "the correction must change the verdict to be seen");
      assertEquals(original, panelRow(visitor.open(eventUrl)));

      organiser.open(groupUrl);
      awaitClaim(organiser, "none");
      control(organiser, "claim").click();
      awaitClaim(organiser, "pending");
      String phrase = shadow(organiser).findElement(By.cssSelector(".phrase")).getText();
      assertTrue(phrase.startsWith("worthit-"), phrase);
      control(organiser, "check").click();
      organiser.await("return document.querySelector('" + ORGANISER + "').shadowRoot"
          + ".querySelector('[data-claim-note]').textContent.includes('is not on this page yet');",
          "the proof refused while the description lacks the phrase");
      assertEquals("pending", organiser.driver().findElement(By.cssSelector(ORGANISER)).getAttribute("data-worthit-claim"));

      site.serve(GROUP_URL, groupPage(List.of("To verify our Worth It? listing: " + phrase)));
      organiser.open(groupUrl);
      awaitClaim(organiser, "pending");
      control(organiser, "check").click();
      awaitClaim(organiser, "verified");
      WebElement host = organiser.driver().findElement(By.cssSelector(ORGANISER));
      assertEquals("true", host.getAttribute("data-worthit-moderator"));
      assertEquals("Correct this group's facts", control(organiser, "fix").getText());

      control(organiser, "fix").click();
      new Select(shadow(organiser).findElement(By.cssSelector("#rule-members-only-exchange"))).selectByVisibleText("does not apply");
      shadow(organiser).findElement(By.cssSelector("#fix-explanation")).sendKeys(EXPLANATION);
      control(organiser, "send-fix").click();
      organiser.await("return document.querySelector('" + ORGANISER + "').shadowRoot"
          + ".querySelector('[data-fix-status]').getAttribute('data-fix-status') === 'applied';", "the correction applied");

      awaitPanel(visitor, eventUrl, corrected, true);

      organiser.driver().get(address + "/admin");
      organiser.await("return !!document.getElementById('token') && document.getElementById('token').offsetParent !== null;",
          "the admin sign-in");
      organiser.driver().findElement(By.id("token")).sendKeys(adminToken(db));
      organiser.driver().findElement(By.id("signin-button")).click();
      organiser.await("return document.getElementById('status').textContent === 'Signed in.'"
          + " && document.querySelectorAll('#applied li').length === 1;", "the applied correction listed");
      WebElement applied = organiser.driver().findElement(By.cssSelector("#applied li"));
      assertEquals(EXPLANATION, applied.findElement(By.className("explanation")).getText());
      applied.findElement(By.cssSelector("button[data-action='corrections/revert']")).click();
      organiser.await("return document.getElementById('status').textContent.startsWith('Done: revert correction');",
          "the revert done");

      awaitPanel(visitor, eventUrl, original, false);
    }
  }

  private static String groupPage(List<String> added) {
    List<String> about = new ArrayList<>(ABOUT);
    about.addAll(added);
    return SyntheticPages.meetupGroup(GROUP, "Referral Breakfast Club", about, EVENT_ID);
  }

  /** The event page's badge as the JVM engine scores it with these corrections of its group. */
  private static BadgeRow expected(List<Correction> corrections) {
    return panelRow(JvmEngine.expectedBadges(EVENT_PAGE, EVENT_URL, Profile.EMPTY, GROUP_KEY, corrections));
  }

  private static BadgeRow panelRow(List<BadgeRow> rows) {
    return rows.stream().filter(r -> r.key().equals(EVENT_KEY)).findFirst()
        .orElseThrow(() -> new AssertionError("no badge for " + EVENT_KEY + " in " + rows));
  }

  /** Connects the browser to the server as a new account, in the popup. */
  private static void connect(ChromiumSession browser, String address) {
    browser.openPopup();
    SyncSteps.setServer(browser, address);
    browser.driver().findElement(By.id("sync-start")).click();
    SyncSteps.awaitSynced(browser);
  }

  private static SearchContext shadow(ChromiumSession browser) {
    return browser.driver().findElement(By.cssSelector(ORGANISER)).getShadowRoot();
  }

  private static WebElement control(ChromiumSession browser, String action) {
    return shadow(browser).findElement(By.cssSelector("[data-action=\"" + action + "\"]"));
  }

  private static void awaitClaim(ChromiumSession browser, String state) {
    browser.await("const h = document.querySelector('" + ORGANISER + "');"
        + "return !!h && h.getAttribute('data-worthit-claim') === '" + state + "';", "the claim " + state);
  }

  /**
   * Reloads the event page until its panel is the expected badge and shows (or no longer shows) the
   * explanation, as text (its markup literally, no element made of it); the worker reuses community
   * answers for 30 seconds.
   */
  private static void awaitPanel(ChromiumSession browser, String url, BadgeRow row, boolean explained) {
    String shows = "const h = document.querySelector('" + SyncSteps.PANEL + "');"
        + "return !!h && h.getAttribute('data-worthit-verdict') === arguments[0]"
        + " && h.getAttribute('data-worthit-rules') === arguments[1]"
        + " && h.getAttribute('data-worthit-score') === arguments[2]"
        + " && h.shadowRoot.textContent.includes(arguments[3]) === arguments[4]"
        + " && h.shadowRoot.querySelector('b') === null;";
    long deadline = System.currentTimeMillis() + 75_000;
    while (true) {
      browser.driver().get(url);
      long until = System.currentTimeMillis() + 5_000;
      while (System.currentTimeMillis() < until) {
        if (Boolean.TRUE.equals(browser.js(shows, row.verdict(), row.rules(), row.score(), EXPLANATION, explained))) {
          return;
        }
        ChromiumSession.pause(100);
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("the panel never became " + row + (explained ? " with" : " without")
            + " the explanation; it shows " + browser.badges());
      }
    }
  }

  private static String adminToken(String db) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new AdminCommand());
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute("create-token", "--db", db));
    return out.toString().strip();
  }
}
