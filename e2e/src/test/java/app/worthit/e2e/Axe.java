package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (npm, pinned in e2e/package.json, installed by the build) run in the page: the WCAG
 * 2.0/2.1/2.2 A and AA rules, in the document and its open shadow roots.
 */
final class Axe {
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  private static final String RUN = """
      const done = arguments[arguments.length - 1];
      // A node inside a shadow root has a target of selector paths: host first, then inside it.
      const shadowPath = (n) => Array.isArray(n.target[0]);
      axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then((r) => done({
        violations: r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at '
            + v.nodes.map((n) => JSON.stringify(n.target) + ' ' + n.failureSummary).join('; ')),
        shadowChecked: [].concat(...r.passes.map((p) => p.nodes)).filter(shadowPath).length}),
        (e) => done({violations: ['axe failed: ' + e], shadowChecked: 0}));""";
  private static String source;

  private Axe() {}

  /** Fails with every violation on the page now; {@code shadow}: the page must have overlay content axe checked. */
  static void assertNoViolations(ChromiumSession browser, String surface, boolean shadow) {
    Map<?, ?> result = run(browser);
    assertEquals(List.of(), result.get("violations"), "axe violations on " + surface);
    if (shadow) {
      assertTrue(((Number) result.get("shadowChecked")).intValue() > 0,
          "axe checked nothing inside the overlay's shadow roots on " + surface);
    }
  }

  /** axe's result on the page now: {@code violations} (one line each) and {@code shadowChecked} (nodes passed in shadow roots). */
  static Map<?, ?> run(ChromiumSession browser) {
    browser.js(source() + ";return true;");
    return (Map<?, ?>) ((ChromeDriver) browser.driver()).executeAsyncScript(RUN, TAGS);
  }

  /** Emulates the page theme, {@code light} or {@code dark} (prefers-color-scheme). */
  static void theme(ChromiumSession browser, String theme) {
    ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", theme))));
    assertEquals(theme.equals("dark"), browser.js("return matchMedia('(prefers-color-scheme: dark)').matches;"),
        "the " + theme + " theme is emulated");
  }

  private static synchronized String source() {
    if (source == null) {
      Path file = Path.of(System.getProperty("worthit.axe", "node_modules/axe-core/axe.min.js"));
      try {
        source = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("axe-core missing at " + file + " (the build's npm ci installs it)", e);
      }
    }
    return source;
  }
}
