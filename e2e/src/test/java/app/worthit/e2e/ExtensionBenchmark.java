package app.worthit.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Speed of the built extension in headless Chromium (a benchmark, not a test), each figure also as
 * a multiple of F: the floor's time for all 2,000 cards of the same site in the same run (a few
 * lines of plain JavaScript giving the page the same badges with no engine, {@link BenchFloor}).
 * Per listing page: start to the last badge in the first view (when it went into the page, seen
 * from the page), to the last badge of the page ({@code worthit:last-badge}), the first pass, and
 * the main thread's long tasks with those the extension held ({@link MainThreadWatch}). Per
 * one-event page: start to its panel going in, and the engine's setup alone (between the marks
 * {@code worthit:engine-setup} and {@code worthit:engine-ready}). And the content script's size.
 *
 * <p>Run: {@code mvn -q -pl e2e test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.worthit.e2e.ExtensionBenchmark [-Dexec.args="200 2000"]}, with
 * {@code -Dbench.runs=N} (default 3) and {@code -Dworthit.extension=DIR} (another build) as needed.
 */
public final class ExtensionBenchmark {
  private static final String MARKS = "const at = n => { const m = performance.getEntriesByName(n)[0]; return m ? m.startTime : -1; };"
      + "const s = at('worthit:start');"
      + "return ['worthit:view-badged', 'worthit:last-badge', 'worthit:extracted', 'worthit:panel']"
      + ".map(n => at(n) < 0 ? -1 : at(n) - s).concat([at('worthit:engine-ready') - at('worthit:engine-setup')]);";
  /** Loads per page and size (-Dbench.runs=N); the median is reported. */
  private static final int RUNS = Integer.getInteger("bench.runs", 3);

  private ExtensionBenchmark() {}

  public static void main(String[] args) throws IOException {
    byte[] bytes = Files.readAllBytes(BuiltExtension.dir().resolve("js/content.js"));
    System.out.printf("content script: %d bytes minified (%.1f KB; target <= 300 KB), %d bytes gzipped%n",
        bytes.length, bytes.length / 1000.0, gzip(bytes));
    try (SiteServer site = new SiteServer();
        ChromiumSession browser = ChromiumSession.start(Files.createTempDirectory("worthit-bench"), site)) {
      MainThreadWatch.install((ChromeDriver) browser.driver());
      String[] kinds = {"Meetup find", "Eventbrite search"};
      for (String kind : kinds) {
        double f = BenchFloor.median(browser, site, kind, 2000, page(kind, 2000), RUNS);
        System.out.printf("%-18s F = floor for 2000 cards, median %.1f ms%n", kind, f);
        for (int cards : counts(args)) {
          listing(browser, site, kind, cards, f);
        }
        event(browser, site, kind, f);
      }
    }
  }

  private static String page(String kind, int cards) {
    return kind.startsWith("Meetup") ? SyntheticPages.meetupFind(cards) : SyntheticPages.eventbriteSearch(cards);
  }

  private static String address(String kind, int cards) {
    return kind.startsWith("Meetup") ? "https://www.meetup.com/find/?bench=" + cards
        : "https://www.eventbrite.ca/d/canada--toronto/bench-" + cards + "/";
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

  private static void listing(ChromiumSession browser, SiteServer site, String kind, int cards, double f) {
    String url = site.serve(address(kind, cards), page(kind, cards));
    List<Double> view = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    List<Double> pass = new ArrayList<>();
    double tasks = 0;
    double held = 0;
    double longest = 0;
    for (int run = 0; run < RUNS; run++) {
      browser.driver().get(url);
      List<BadgeRow> rows = browser.settledBadges(300_000);
      if (rows.size() != cards) {
        throw new IllegalStateException(kind + ": " + rows.size() + " badges for " + cards + " cards");
      }
      List<?> marks = (List<?>) browser.js(MARKS);
      view.add(MainThreadWatch.shown(browser)[0]);
      all.add(((Number) marks.get(1)).doubleValue());
      pass.add(((Number) marks.get(2)).doubleValue());
      double[] watch = MainThreadWatch.read(browser);
      tasks += watch[0];
      held += watch[1];
      longest = Math.max(longest, watch[2]);
    }
    System.out.printf("%-18s %5d cards: first view %s = %.2f F; all badges %s = %.2f F; first pass median %.1f ms;"
            + " long tasks %d in %d runs, the extension's %d, its longest slice %.1f ms%n",
        kind, cards, spread(view), median(view) / f, spread(all), median(all) / f, median(pass),
        (int) tasks, RUNS, (int) held, longest);
  }

  /** A one-event page of the site: start to the event's panel, and the engine's setup alone. */
  private static void event(ChromiumSession browser, SiteServer site, String kind, double f) {
    boolean meetup = kind.startsWith("Meetup");
    String title = "Coffee chats for engineers";
    String description = SyntheticPages.EVENTS[2][1];
    String url = meetup
        ? site.serve("https://www.meetup.com/bench-group/events/311000001/",
            SyntheticPages.meetupEvent("bench-group", 311_000_001L, title, description))
        : site.serve("https://www.eventbrite.ca/e/careers-evening-tickets-1911000000001",
            SyntheticPages.eventbriteEvent(1_911_000_000_001L, title, description));
    List<Double> panel = new ArrayList<>();
    List<Double> setup = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      browser.driver().get(url);
      browser.await("return !!document.querySelector('worthit-badge[data-worthit-panel]')"
          + " && performance.getEntriesByName('worthit:last-badge').length > 0;", "the panel");
      List<?> marks = (List<?>) browser.js(MARKS);
      panel.add(MainThreadWatch.shown(browser)[1]);
      setup.add(((Number) marks.get(4)).doubleValue());
    }
    System.out.printf("%-18s one event: start to panel %s = %.2f F; engine setup alone %s = %.2f F%n",
        kind.startsWith("Meetup") ? "Meetup event" : "Eventbrite event", spread(panel), median(panel) / f,
        spread(setup), median(setup) / f);
  }

  /** "median M ms (min A, max B)" of the times. */
  static String spread(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return String.format("median %.1f ms (min %.1f, max %.1f)", median(sorted), sorted.get(0),
        sorted.get(sorted.size() - 1));
  }

  static double median(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static int gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    }
    return out.size();
  }
}
