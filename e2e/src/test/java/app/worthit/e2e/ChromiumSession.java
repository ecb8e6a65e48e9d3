package app.worthit.e2e;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Headless Chromium with the built extension loaded, a given profile folder, and the site hosts mapped. */
final class ChromiumSession implements AutoCloseable {
  private static final String READ_BADGES = """
      return Array.from(document.querySelectorAll('worthit-badge')).map(h => ({
        key: h.getAttribute('data-worthit-key'), verdict: h.getAttribute('data-worthit-verdict'),
        score: h.getAttribute('data-worthit-score'), rules: h.getAttribute('data-worthit-rules')}));""";
  private static final String EXTRACTED = "return performance.getEntriesByName('worthit:extracted').length > 0;";

  private final ChromeDriver driver;

  private ChromiumSession(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts Chromium on the profile folder (kept between sessions to prove persistence). */
  static ChromiumSession start(Path profile, SiteServer site) {
    Chromium.require();
    Path extension = BuiltExtension.dir();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(Chromium.BINARY.toFile());
    // The content script runs at document_idle; waiting for every image of a saved page adds nothing.
    options.setPageLoadStrategy(PageLoadStrategy.EAGER);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--ignore-certificate-errors", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath(),
        "--load-extension=" + extension, "--disable-extensions-except=" + extension, site.resolverRules());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(Chromium.DRIVER.toString()))
        .usingAnyFreePort()
        .build();
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new ChromiumSession(driver);
  }

  WebDriver driver() {
    return driver;
  }

  /** Evaluates a script in the page (the main world, which sees the DOM but not the extension's JS). */
  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Opens the URL and returns its badges once the content script has settled. */
  List<BadgeRow> open(String url) {
    driver.get(url);
    return settledBadges();
  }

  /** The badges, after the content script extracted the page and the badges stopped changing. */
  List<BadgeRow> settledBadges() {
    return settledBadges(15_000);
  }

  /** As {@link #settledBadges()}, waiting at most the given milliseconds (big benchmark pages). */
  List<BadgeRow> settledBadges(long timeoutMs) {
    long deadline = System.currentTimeMillis() + timeoutMs;
    List<BadgeRow> last = null;
    int stable = 0;
    while (System.currentTimeMillis() < deadline) {
      if (Boolean.TRUE.equals(js(EXTRACTED))) {
        List<BadgeRow> now = badges();
        stable = now.equals(last) ? stable + 1 : 0;
        last = now;
        if (stable >= 3) {
          return now;
        }
      }
      pause(100);
    }
    throw new AssertionError("the content script did not settle on " + driver.getCurrentUrl() + "; badges: " + last);
  }

  /** The badges on the page now, sorted by key. */
  List<BadgeRow> badges() {
    List<BadgeRow> rows = new ArrayList<>();
    for (Object o : (List<?>) js(READ_BADGES)) {
      rows.add(BadgeRow.read((Map<?, ?>) o));
    }
    rows.sort(Comparator.comparing(BadgeRow::key));
    return rows;
  }

  /** Waits until the condition (a page script returning a boolean) holds. */
  void await(String condition, String what) {
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      if (Boolean.TRUE.equals(js(condition))) {
        return;
      }
      pause(50);
    }
    throw new AssertionError("timed out waiting for " + what);
  }

  /** The extension's popup page, opened as a tab. */
  void openPopup() {
    driver.get("chrome-extension://" + BuiltExtension.id() + "/popup.html");
  }

  static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
