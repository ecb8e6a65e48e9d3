package app.worthit.server.admin;

import static app.worthit.server.Moderation.ruleCorrection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.server.Api;
import app.worthit.server.Moderation;
import app.worthit.server.app.ServerSettings;
import app.worthit.server.app.WorthItServer;
import app.worthit.server.limits.RateLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin page in headless Chromium against a real server: sign in, review, revert, audit. */
class AdminPageBrowserTest {
  static final String GROUP = "meetup:group:boulder-referral-club";
  static final String HOSTILE = "<img src=x onerror=\"document.title='pwned'\"> Guests are welcome to pass referrals.";

  @TempDir
  Path dir;
  WorthItServer server;
  Api api;
  Moderation mod;
  String base;
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void start() throws Exception {
    server = WorthItServer.start(ServerSettings.forTest(dir.resolve("worthit.db").toString(), RateLimits.NONE));
    base = "http://127.0.0.1:" + server.port();
    api = new Api(base);
    mod = new Moderation(api);
  }

  @AfterEach
  void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    server.close();
  }

  void openBrowser() {
    browser = HeadlessChromium.start(dir.resolve("profile"));
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  void signIn(String token) {
    browser.get(base + "/admin");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token"))).sendKeys(token);
    browser.findElement(By.id("signin-button")).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Signed in."));
  }

  WebElement correctionIn(String list, String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + list + " li[data-id='" + id + "']")));
  }

  /** The actions of the audit table, read in one script so a re-render cannot interleave. */
  @SuppressWarnings("unchecked")
  List<String> auditActions() {
    return (List<String>) browser.executeScript(
        "return Array.from(document.querySelectorAll('#audit tbody tr')).map(tr => tr.dataset.action);");
  }

  @Test
  void an_admin_signs_in_accepts_a_suggestion_reverts_it_and_sees_the_audit() {
    openBrowser();
    String admin = Moderation.adminToken(dir.resolve("worthit.db").toString());
    Api.Answer suggestion = mod.correct(api.newAccount(), ruleCorrection(GROUP, null, "members-only-exchange", false, HOSTILE));
    String id = suggestion.str("correctionId");
    signIn(admin);

    WebElement pending = correctionIn("corrections", id);
    assertEquals("pending", pending.getAttribute("data-status"));
    assertEquals(HOSTILE, pending.findElement(By.className("explanation")).getText());
    assertTrue(browser.findElements(By.cssSelector("#corrections img")).isEmpty(), "user text was inserted as HTML");

    browser.findElement(By.id("reason")).sendKeys("the organiser's page says anyone may pass referrals");
    pending.findElement(By.cssSelector("button[data-action='corrections/accept']")).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Done: accept correction " + id + "."));
    WebElement applied = correctionIn("applied", id);
    assertEquals("applied", applied.getAttribute("data-status"));
    assertEquals(1, api.get("/api/v1/community?prefixes=" + app.worthit.server.auth.Secrets.sha256(GROUP).substring(0, 4), null)
        .json().path("corrections").asArr().items().size());

    applied.findElement(By.cssSelector("button[data-action='corrections/revert']")).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Done: revert correction " + id + "."));
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#applied li[data-id='" + id + "']"), 0));
    assertEquals(0, api.get("/api/v1/community?prefixes=" + app.worthit.server.auth.Secrets.sha256(GROUP).substring(0, 4), null)
        .json().path("corrections").asArr().items().size());

    List<String> actions = auditActions();
    assertEquals(List.of("correction.reverted", "correction.accepted", "correction.suggested"), actions);
    WebElement accepted = browser.findElements(By.cssSelector("#audit tbody tr")).get(1);
    assertTrue(accepted.getText().contains("the organiser's page says anyone may pass referrals"), accepted.getText());
    assertTrue(accepted.getText().contains("admin:"), accepted.getText());
    assertEquals("Worth It? admin", browser.getTitle());
  }

  @Test
  void a_wrong_token_is_refused_and_a_claim_can_be_approved() {
    openBrowser();
    String admin = Moderation.adminToken(dir.resolve("worthit.db").toString());
    browser.get(base + "/admin");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token"))).sendKeys("not-a-token");
    browser.findElement(By.id("signin-button")).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "The admin token was not accepted."));
    assertTrue(browser.findElement(By.id("token")).isDisplayed());

    String claimId = mod.claim(api.newAccount(), GROUP).str("claimId");
    signIn(admin);
    WebElement claim = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#claims li[data-id='" + claimId + "']")));
    claim.findElement(By.cssSelector("button[data-action='claims/approve']")).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Done: approve claim " + claimId + "."));
    assertEquals(List.of("claim.approved", "claim.created"), auditActions());
    browser.navigate().refresh();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Signed in."));
    browser.findElement(By.id("signout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
    assertEquals(null, browser.executeScript("return sessionStorage.getItem('worthit.adminToken')"));
  }
}
