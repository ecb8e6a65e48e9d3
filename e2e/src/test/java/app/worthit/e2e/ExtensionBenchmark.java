package app.worthit.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Speed of the built extension in headless Chromium (a benchmark, not a test): time from the
 * content script's start to its last badge on synthetic listing pages of 200 and 2,000 cards, read
 * from the script's performance marks (with the first extraction pass, start to
 * {@code worthit:extracted}, on its own), and the content script's size.
 *
 * <p>Run: {@code mvn -q -pl e2e test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.worthit.e2e.ExtensionBenchmark [-Dexec.args="200 2000 5000"]}
 */
public final class ExtensionBenchmark {
  private static final String ELAPSED = "const s = performance.getEntriesByName('worthit:start')[0];"
      + "const x = performance.getEntriesByName('worthit:extracted')[0];"
      + "const e = performance.getEntriesByName('worthit:last-badge')[0];"
      + "return s && x && e ? [x.startTime - s.startTime, e.startTime - s.startTime] : [-1, -1];";
  private static final int RUNS = 3;

  private ExtensionBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path script = BuiltExtension.dir().resolve("js/content.js");
    byte[] bytes = Files.readAllBytes(script);
    System.out.printf("content script: %d bytes minified, %d bytes gzipped%n", bytes.length, gzip(bytes));
    try (SiteServer site = new SiteServer();
        ChromiumSession browser = ChromiumSession.start(Files.createTempDirectory("worthit-bench"), site)) {
      for (int cards : counts(args)) {
        report(browser, "Meetup find", cards,
            site.serve("https://www.meetup.com/find/?bench=" + cards, SyntheticPages.meetupFind(cards)));
        report(browser, "Eventbrite search", cards, site.serve(
            "https://www.eventbrite.ca/d/canada--toronto/bench-" + cards + "/", SyntheticPages.eventbriteSearch(cards)));
      }
    }
  }

  private static int[] counts(String[] args) {
    if (args.length == 0) {
      return new int[] {200, 2000};
    }
    int[] counts = new int[args.length];
    for (int i = 0; i < args.length; i++) {
      counts[i] = Integer.parseInt(args[i]);
    }
    return counts;
  }

  private static void report(ChromiumSession browser, String kind, int cards, String url) {
    List<Double> times = new ArrayList<>();
    List<Double> extracted = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      browser.driver().get(url);
      List<BadgeRow> rows = browser.settledBadges(300_000);
      if (rows.size() != cards) {
        throw new IllegalStateException(kind + ": " + rows.size() + " badges for " + cards + " cards");
      }
      List<?> marks = (List<?>) browser.js(ELAPSED);
      extracted.add(((Number) marks.get(0)).doubleValue());
      times.add(((Number) marks.get(1)).doubleValue());
    }
    Collections.sort(times);
    Collections.sort(extracted);
    System.out.printf("%-18s %5d cards: start to last badge median %.1f ms (min %.1f, max %.1f, %d runs);"
        + " first extraction pass median %.1f ms%n",
        kind, cards, times.get(RUNS / 2), times.get(0), times.get(RUNS - 1), RUNS, extracted.get(RUNS / 2));
  }

  private static int gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    }
    return out.size();
  }
}
