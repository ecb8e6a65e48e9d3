package app.worthit.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;

/**
 * Where the content script's time goes (a profiling aid, not a test): loads a synthetic Meetup find
 * page of N cards once to warm the browser, then again under Chromium's sampling CPU profiler (CDP
 * {@code Profiler}), and prints the script's performance marks, the busiest functions by self time,
 * and our own functions by inclusive time. Build the extension with {@code -Dteavm.minifying=false}
 * first, or the names are the minifier's.
 *
 * <p>Run: {@code mvn -q -pl e2e test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.worthit.e2e.ExtensionProfile -Dexec.args="2000"} (cards, then optionally how
 * many functions to list, default 40); {@code -Dprofile.out=FILE} also saves the raw profile, which
 * Chromium's DevTools and node's tooling read as a .cpuprofile.
 */
public final class ExtensionProfile {
  private static final String MARKS = "return performance.getEntriesByType('mark')"
      + ".map(m => m.name + ' ' + m.startTime.toFixed(1)).join('\\n');";
  private static final String DONE = "return performance.getEntriesByName('worthit:last-badge').length > 0"
      + " && document.querySelectorAll('worthit-badge').length >= arguments[0];";

  private ExtensionProfile() {}

  public static void main(String[] args) throws IOException {
    int cards = Integer.parseInt(args[0]);
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    try (SiteServer site = new SiteServer();
        ChromiumSession browser = ChromiumSession.start(Files.createTempDirectory("worthit-profile"), site)) {
      ChromeDriver driver = (ChromeDriver) browser.driver();
      String url = site.serve("https://www.meetup.com/find/", SyntheticPages.meetupFind(cards));
      browser.driver().get(url);
      awaitLastBadge(browser, cards);
      driver.executeCdpCommand("Profiler.enable", Map.of());
      driver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
      driver.executeCdpCommand("Profiler.start", Map.of());
      browser.driver().get(url + "?profiled");
      awaitLastBadge(browser, cards);
      Map<String, Object> result = driver.executeCdpCommand("Profiler.stop", Map.of());
      System.out.println(browser.js(MARKS));
      report((Map<?, ?>) result.get("profile"), top);
      String out = System.getProperty("profile.out");
      if (out != null) {
        Files.writeString(Path.of(out), new Json().toJson(result.get("profile")));
        System.out.println("\nprofile written to " + out);
      }
    }
  }

  private static void awaitLastBadge(ChromiumSession browser, int cards) {
    long deadline = System.currentTimeMillis() + 300_000;
    while (!Boolean.TRUE.equals(browser.js(DONE, cards))) {
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("no last badge on the page of " + cards + " cards");
      }
      ChromiumSession.pause(100);
    }
    // Samples after the last badge show what the page does at rest.
    ChromiumSession.pause(500);
  }

  private static void report(Map<?, ?> profile, int top) {
    Map<Long, String> names = new HashMap<>();
    Map<Long, Long> parents = new HashMap<>();
    for (Object o : (List<?>) profile.get("nodes")) {
      Map<?, ?> node = (Map<?, ?>) o;
      long id = ((Number) node.get("id")).longValue();
      Map<?, ?> frame = (Map<?, ?>) node.get("callFrame");
      String file = String.valueOf(frame.get("url"));
      names.put(id, frame.get("functionName") + " " + file.substring(file.lastIndexOf('/') + 1));
      List<?> children = (List<?>) node.get("children");
      if (children != null) {
        for (Object c : children) {
          parents.put(((Number) c).longValue(), id);
        }
      }
    }
    List<?> samples = (List<?>) profile.get("samples");
    List<?> deltas = (List<?>) profile.get("timeDeltas");
    Map<String, Double> self = new HashMap<>();
    Map<String, Double> inclusive = new HashMap<>();
    double total = 0;
    for (int i = 0; i < samples.size(); i++) {
      long id = ((Number) samples.get(i)).longValue();
      double ms = ((Number) deltas.get(i)).doubleValue() / 1000;
      total += ms;
      self.merge(names.get(id), ms, Double::sum);
      Set<String> counted = new HashSet<>();
      for (Long at = id; at != null; at = parents.get(at)) {
        if (counted.add(names.get(at))) {
          inclusive.merge(names.get(at), ms, Double::sum);
        }
      }
    }
    System.out.printf("%n%.0f ms profiled; self time (ms):%n", total);
    print(self, top, name -> true);
    System.out.println("\nour functions, inclusive time (ms):");
    print(inclusive, top, name -> name.startsWith("aw"));
  }

  private static void print(Map<String, Double> times, int top, Predicate<String> which) {
    times.entrySet().stream()
        .filter(e -> which.test(e.getKey()))
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .limit(top)
        .forEach(e -> System.out.printf("%9.1f  %s%n", e.getValue(), e.getKey()));
  }
}
