package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.worthit.model.Profile;
import app.worthit.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every real saved page, served under its real host and path, gets exactly the badges the shared
 * engine computes for it on the JVM: same events, verdicts, scores and fired rules.
 */
class RealPagesTest {
  private static final Pattern CANONICAL =
      Pattern.compile("<link[^>]*rel=\"canonical\"[^>]*href=\"([^\"]+)\"|<!-- source page: (\\S+) -->");

  @TempDir
  static Path profile;

  private static SiteServer site;
  private static ChromiumSession browser;

  @TestFactory
  Stream<DynamicTest> badges_on_every_real_saved_page_match_the_jvm_engine() throws IOException {
    Path dir;
    try {
      dir = Fixtures.dir().resolve("pages");
    } catch (RuntimeException | Error e) {
      return Stream.of(DynamicTest.dynamicTest("real saved pages are available", () -> Fixtures.dir()));
    }
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        tests.add(DynamicTest.dynamicTest("badges on " + page.getFileName() + " match the JVM engine",
            () -> assertBadgesMatch(page)));
      }
    }
    assertFalse(tests.isEmpty(), "no saved pages in " + dir);
    return tests.stream();
  }

  private static void assertBadgesMatch(Path page) throws IOException {
    String html = Files.readString(page, StandardCharsets.UTF_8);
    String address = site().serve(addressOf(page.getFileName().toString(), html), html);
    List<BadgeRow> expected = JvmEngine.expectedBadges(html, address, Profile.EMPTY);
    List<BadgeRow> shown = browser.open(address);
    String name = page.getFileName().toString();
    BrowserVectors.record("real-" + name.substring(0, name.length() - ".html".length()), address, html, expected, shown);
    assertEquals(expected, shown, "badges on " + page.getFileName() + " at " + address);
  }

  /** The page's real address: its canonical link, else the source noted in it, else a listing path on its site. */
  static String addressOf(String fileName, String html) {
    Matcher m = CANONICAL.matcher(html);
    if (m.find()) {
      return m.group(1) != null ? m.group(1) : m.group(2);
    }
    return fileName.contains("eventbrite")
        ? "https://www.eventbrite.ca/d/canada--toronto/events/"
        : "https://www.meetup.com/find/";
  }

  private static SiteServer site() throws IOException {
    if (site == null) {
      site = new SiteServer();
      browser = ChromiumSession.start(profile, site);
    }
    return site;
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (site != null) {
      site.close();
    }
  }
}
