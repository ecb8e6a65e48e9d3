package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.server.app.AdminCommand;
import app.worthit.server.app.ServerSettings;
import app.worthit.server.app.WorthItServer;
import app.worthit.server.limits.RateLimits;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import picocli.CommandLine;

/**
 * axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any surface, in a light and a dark page
 * theme: a listing page with badges, an open popover, an event page's panel, the organiser panel
 * with its correction form, the popup, and the server's /admin page.
 */
class AccessibilityTest {
  /** Each theme's own group and event: the first run's marks and claim must not change the second's page. */
  private static final String GROUP = "referral-breakfast-";
  private static final long EVENT_ID = 313579246L;
  private static final String ORGANISER = "worthit-organiser";
  private static WorthItServer server;
  private static SiteServer site;
  private static ChromiumSession browser;
  private static String db;

  @BeforeAll
  static void start() throws Exception {
    Chromium.require();
    Path dir = Files.createTempDirectory("worthit-a11y");
    db = dir.resolve("worthit.db").toString();
    server = WorthItServer.start(ServerSettings.forTest(db, RateLimits.NONE));
    site = new SiteServer();
    browser = ChromiumSession.start(SharedBrowser.freshProfile(), site);
    browser.openPopup();
    SyncSteps.setServer(browser, address());
    browser.driver().findElement(By.id("sync-start")).click();
    SyncSteps.awaitSynced(browser);
  }

  /** A dark site's own colours, as a page in dark mode has them (readable: WCAG AA among themselves). */
  private static final String DARK_PAGE = "<meta name=\"color-scheme\" content=\"dark\"><style>html { background: #16161a;"
      + " color: #ededf0; } a { color: #9ecbff; }</style>";

  /** The page in the theme: in dark the page itself is dark too, as on a site that follows the theme. */
  private static String open(String theme, String address, String html) {
    String themed = theme.equals("dark") ? html.replace("<head>", "<head>" + DARK_PAGE) : html;
    String url = site.serve(address + (address.contains("?") ? "&" : "?") + theme, themed);
    Axe.theme(browser, theme);
    browser.open(url);
    return url;
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void a_listing_page_with_badges(String theme) {
    open(theme, "https://www.meetup.com/find/", SyntheticPages.meetupFind(8));
    Axe.assertNoViolations(browser, "a listing page (" + theme + ")", true);
  }

  @Test
  void axe_reports_a_fault_planted_inside_a_badges_shadow_root() {
    open("light", "https://www.meetup.com/find/?planted", SyntheticPages.meetupFind(2));
    browser.js("document.querySelector('worthit-badge').shadowRoot.appendChild(document.createElement('button'));");
    List<?> violations = (List<?>) Axe.run(browser).get("violations");
    assertTrue(violations.stream().anyMatch(v -> v.toString().startsWith("button-name")),
        "axe must see inside the shadow root: " + violations);
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void an_open_popover(String theme) {
    open(theme, "https://www.eventbrite.ca/d/canada--toronto/events/", SyntheticPages.eventbriteSearch(8));
    browser.driver().findElement(By.cssSelector("worthit-badge")).getShadowRoot()
        .findElement(By.cssSelector("[data-action=toggle]")).click();
    browser.await("return document.querySelector('worthit-badge').shadowRoot"
        + ".querySelector('#popover').hidden === false;", "the popover open");
    Axe.assertNoViolations(browser, "an open popover (" + theme + ")", true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void an_event_pages_panel_with_its_controls_and_correction_form(String theme) {
    long id = EVENT_ID + theme.length();
    open(theme, "https://www.meetup.com/" + GROUP + theme + "/events/" + id + "/", SyntheticPages.meetupEvent(GROUP + theme,
        id, "Referral breakfast", "Our weekly breakfast. Only paying members may pass referrals."));
    SyncSteps.control(browser, "attended").click();
    SyncSteps.awaitPressed(browser, "attended");
    openCorrectionForm();
    Axe.assertNoViolations(browser, "an event page's panel (" + theme + ")", true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void the_organiser_panel_and_correction_form(String theme) {
    open(theme, "https://www.meetup.com/" + GROUP + theme + "/", SyntheticPages.meetupGroup(GROUP + theme, "Referral Breakfast Club",
        List.of("A weekly breakfast for local business owners."), EVENT_ID));
    awaitOrganiser();
    Axe.assertNoViolations(browser, "the organiser panel (" + theme + ")", true);
    organiserControl("claim").click();
    browser.await("return document.querySelector('" + ORGANISER + "').getAttribute('data-worthit-claim') === 'pending';",
        "the claim pending");
    openCorrectionForm();
    Axe.assertNoViolations(browser, "the organiser panel's claim and correction form (" + theme + ")", true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void the_popup(String theme) {
    Axe.theme(browser, theme);
    browser.openPopup();
    SyncSteps.awaitSynced(browser);
    assertFollowsTheme(theme, "the popup");
    Axe.assertNoViolations(browser, "the popup (" + theme + ")", false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void the_servers_admin_page(String theme) {
    Axe.theme(browser, theme);
    browser.driver().get(address() + "/admin");
    browser.await("return !!document.getElementById('token') && document.getElementById('token').offsetParent !== null;",
        "the admin sign-in");
    assertFollowsTheme(theme, "the admin page");
    Axe.assertNoViolations(browser, "the admin sign-in (" + theme + ")", false);
    browser.driver().findElement(By.id("token")).sendKeys(adminToken());
    browser.driver().findElement(By.id("signin-button")).click();
    browser.await("return document.getElementById('status').textContent === 'Signed in.';", "signed in");
    Axe.assertNoViolations(browser, "the admin page signed in (" + theme + ")", false);
  }

  /** The page's own background is dark in the dark theme and light in the light one. */
  private static void assertFollowsTheme(String theme, String surface) {
    Object dark = browser.js("const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);"
        + "return r + g + b < 3 * 128;");
    assertEquals(theme.equals("dark"), dark, surface + " follows the " + theme + " theme");
  }

  private static void openCorrectionForm() {
    awaitOrganiser();
    WebElement fix = organiserControl("fix");
    fix.click();
    browser.await("const f = document.querySelector('" + ORGANISER + "').shadowRoot.querySelector('#fix-explanation');"
        + "return !!f && f.offsetParent !== null;", "the correction form open");
  }

  private static void awaitOrganiser() {
    browser.await("const h = document.querySelector('" + ORGANISER + "');"
        + "return !!h && h.hasAttribute('data-worthit-claim');", "the organiser panel");
  }

  private static WebElement organiserControl(String action) {
    return browser.driver().findElement(By.cssSelector(ORGANISER)).getShadowRoot()
        .findElement(By.cssSelector("[data-action=\"" + action + "\"]"));
  }

  private static String address() {
    return "http://127.0.0.1:" + server.port();
  }

  private static String adminToken() {
    StringWriter out = new StringWriter();
    new CommandLine(new AdminCommand()).setOut(new PrintWriter(out)).execute("create-token", "--db", db);
    return out.toString().strip();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (site != null) {
      site.close();
    }
    if (server != null) {
      server.close();
    }
  }
}
