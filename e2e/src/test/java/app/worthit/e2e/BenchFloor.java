package app.worthit.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * The floor: what the browser itself takes to give every event link of the page a badge of the
 * same shape, with native JSON.parse for the JSON-LD, one regular expression for the keys and no
 * scoring. Run in the page on a host the extension does not match, timed like the content script
 * (to the last badge in the page, before layout); the layout that follows is timed apart.
 */
final class BenchFloor {
  /** The stylesheet of the extension's first badge on the page, for the floor to use the same. */
  private static final String BADGE_CSS =
      "return document.querySelector('worthit-badge').shadowRoot.querySelector('style').textContent;";
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

  private BenchFloor() {}

  /** The floor's median time to the last badge on the page (the extension first badges it once, for its stylesheet). */
  static double median(ChromiumSession browser, SiteServer site, String kind, int cards, String html, int runs) {
    browser.driver().get(site.serve("https://www.meetup.com/find/?floor-css", SyntheticPages.meetupFind(1)));
    browser.settledBadges();
    String css = (String) browser.js(BADGE_CSS);
    String path = "/floor-" + kind.replace(' ', '-') + "-" + cards + "/";
    site.serve("https://127.0.0.1" + path, html);
    List<Double> badged = new ArrayList<>();
    List<Double> layout = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      browser.driver().get("https://127.0.0.1:" + site.port() + path);
      List<?> result = (List<?>) browser.js(FLOOR, css);
      if (((Number) result.get(0)).intValue() != cards) {
        throw new IllegalStateException(kind + " floor: " + result.get(0) + " badges for " + cards + " cards");
      }
      badged.add(((Number) result.get(1)).doubleValue());
      layout.add(((Number) result.get(2)).doubleValue());
    }
    System.out.printf("%-18s %5d cards: floor (no engine) to last badge %s; then layout median %.1f ms%n",
        kind, cards, ExtensionBenchmark.spread(badged), ExtensionBenchmark.median(layout));
    return ExtensionBenchmark.median(badged);
  }
}
