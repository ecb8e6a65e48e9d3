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
 * {@code worthit:extracted}, on its own), and the content script's size. Beside each, the floor:
 * the same page given the same badges by a few lines of plain JavaScript with no engine, so the
 * figures can be read against what the browser itself costs on this machine.
 *
 * <p>Run: {@code mvn -q -pl e2e test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.worthit.e2e.ExtensionBenchmark [-Dexec.args="200 2000 5000"]}, with
 * {@code -Dbench.runs=N} (default 3), {@code -Dbench.floor=false} and
 * {@code -Dworthit.extension=DIR} (another build) as needed.
 */
public final class ExtensionBenchmark {
  private static final String ELAPSED = "const s = performance.getEntriesByName('worthit:start')[0];"
      + "const x = performance.getEntriesByName('worthit:extracted')[0];"
      + "const e = performance.getEntriesByName('worthit:last-badge')[0];"
      + "return s && x && e ? [x.startTime - s.startTime, e.startTime - s.startTime] : [-1, -1];";
  /** Loads per page and size (-Dbench.runs=N); the median is reported. */
  private static final int RUNS = Integer.getInteger("bench.runs", 3);
  /** Whether to measure the floor too (-Dbench.floor=false skips it, for quicker comparisons of builds). */
  private static final boolean FLOOR_TOO = !"false".equals(System.getProperty("bench.floor"));
  /** The stylesheet of the extension's first badge on the page, for the floor to use the same. */
  private static final String BADGE_CSS =
      "return document.querySelector('worthit-badge').shadowRoot.querySelector('style').textContent;";
  /**
   * The floor: what the browser itself takes to give every event link of the page a badge of the
   * same shape, with native JSON.parse for the JSON-LD, one regular expression for the keys and no
   * scoring. Run in the page on a host the extension does not match, timed like the content script
   * (to the last badge in the page, before layout); the layout that follows is timed apart.
   */
  private static final String FLOOR = """
      const css = arguments[0];
      const t0 = performance.now();
      for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
        try { JSON.parse(s.textContent); } catch (e) {}
      }
      const event = /^\\/[^/]+\\/events\\/(\\d+)|^\\/e\\/.*?(\\d+)\\/?$/;
      let n = 0;
      for (const a of document.querySelectorAll('a[href]')) {
        const url = new URL(a.getAttribute('href'), location.href);
        const m = event.exec(url.pathname);
        if (!m) continue;
        const host = document.createElement('worthit-badge');
        const root = host.attachShadow({mode: 'open'});
        host.setAttribute('data-worthit-key', (m[1] ? 'meetup:event:' : 'eventbrite:event:') + (m[1] || m[2]));
        host.setAttribute('data-worthit-verdict', 'maybe');
        host.setAttribute('data-worthit-score', '50');
        host.setAttribute('data-worthit-rules', 'job-seekers-only');
        host.addEventListener('click', e => e.stopPropagation());
        const style = document.createElement('style');
        style.textContent = css;
        const button = document.createElement('button');
        button.className = 'badge maybe';
        button.type = 'button';
        button.setAttribute('aria-label', 'Maybe: ' + a.textContent.slice(0, 40));
        button.setAttribute('aria-expanded', 'false');
        const dot = document.createElement('span');
        dot.className = 'dot';
        const word = document.createElement('span');
        word.className = 'word';
        word.textContent = 'Maybe';
        button.append(dot, word);
        button.addEventListener('click', e => e.preventDefault());
        const pop = document.createElement('div');
        pop.className = 'popover card';
        pop.hidden = true;
        root.append(style, button, pop);
        a.after(host);
        n++;
      }
      const t1 = performance.now();
      document.body.offsetHeight;
      return [n, t1 - t0, performance.now() - t1];
      """;

  private ExtensionBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path script = BuiltExtension.dir().resolve("js/content.js");
    byte[] bytes = Files.readAllBytes(script);
    System.out.printf("content script: %d bytes minified, %d bytes gzipped%n", bytes.length, gzip(bytes));
    try (SiteServer site = new SiteServer();
        ChromiumSession browser = ChromiumSession.start(Files.createTempDirectory("worthit-bench"), site)) {
      for (int cards : counts(args)) {
        report(browser, site, "Meetup find", cards, "https://www.meetup.com/find/?bench=" + cards,
            SyntheticPages.meetupFind(cards));
        report(browser, site, "Eventbrite search", cards,
            "https://www.eventbrite.ca/d/canada--toronto/bench-" + cards + "/", SyntheticPages.eventbriteSearch(cards));
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

  private static void report(ChromiumSession browser, SiteServer site, String kind, int cards, String address,
      String html) {
    String url = site.serve(address, html);
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
    System.out.printf("%-18s %5d cards: start to last badge %s, %d runs; first extraction pass median %.1f ms%n",
        kind, cards, spread(times), RUNS, median(extracted));
    if (FLOOR_TOO) {
      floor(browser, site, kind, cards, html, (String) browser.js(BADGE_CSS));
    }
  }

  /** The same page on a host outside the extension's matches, badged by {@link #FLOOR}. */
  private static void floor(ChromiumSession browser, SiteServer site, String kind, int cards, String html, String css) {
    String path = "/floor-" + kind.replace(' ', '-') + "-" + cards + "/";
    site.serve("https://127.0.0.1" + path, html);
    List<Double> badged = new ArrayList<>();
    List<Double> layout = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      browser.driver().get("https://127.0.0.1:" + site.port() + path);
      List<?> result = (List<?>) browser.js(FLOOR, css);
      if (((Number) result.get(0)).intValue() != cards) {
        throw new IllegalStateException(kind + " floor: " + result.get(0) + " badges for " + cards + " cards");
      }
      badged.add(((Number) result.get(1)).doubleValue());
      layout.add(((Number) result.get(2)).doubleValue());
    }
    System.out.printf("%-18s %5d cards: floor (no engine) to last badge %s; then layout median %.1f ms%n",
        kind, cards, spread(badged), median(layout));
  }

  /** "median M ms (min A, max B)" of the times. */
  private static String spread(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return String.format("median %.1f ms (min %.1f, max %.1f)", median(sorted), sorted.get(0),
        sorted.get(sorted.size() - 1));
  }

  private static double median(List<Double> times) {
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
