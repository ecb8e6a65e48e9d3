package app.worthit.e2e;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What held the page's main thread, recorded by observers installed before any page or extension
 * script: {@code longtask} entries (over 50 ms). A long task's own attribution names only a frame,
 * never a script, and long animation frames do not list content scripts' callbacks, so the content
 * script measures each of its work slices ({@code worthit:slice}): a long task counts as the
 * extension's when one of those slices ran inside it. Also when each badge went into the page.
 */
final class MainThreadWatch {
  private static final String OBSERVE = """
      window.__worthitTasks = []; window.__worthitAdded = [];
      new MutationObserver(records => { const t = performance.now();
          for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'WORTHIT-BADGE') window.__worthitAdded.push([t, n]); })
        .observe(document, {childList: true, subtree: true});
      try {
        new PerformanceObserver(l => { for (const e of l.getEntries()) window.__worthitTasks.push([e.startTime, e.duration]); })
          .observe({type: 'longtask', buffered: true});
      } catch (e) {}
      """;
  /** [long tasks from the start, of them the extension's, the extension's longest slice in ms]. */
  private static final String READ = """
      const from = performance.getEntriesByName('worthit:start')[0];
      const start = from ? from.startTime : 0;
      const tasks = window.__worthitTasks.filter(t => t[0] + t[1] >= start);
      const ours = performance.getEntriesByName('worthit:slice').map(m => [m.startTime, m.duration]);
      const held = tasks.filter(t => ours.some(s => s[0] < t[0] + t[1] && s[0] + s[1] > t[0]));
      return [tasks.length, held.length, ours.reduce((m, s) => Math.max(m, s[1]), 0)];
      """;

  /**
   * When the last badge in the first view went into the page, and the panel of a one-event page,
   * in ms from the content script's start (-1 if none): read from the page's side, so that any
   * build can be measured, with or without its own marks.
   */
  private static final String SHOWN = """
      const from = performance.getEntriesByName('worthit:start')[0];
      const start = from ? from.startTime : 0;
      let view = -1, panel = -1;
      for (const [t, n] of window.__worthitAdded) {
        if (!n.isConnected) continue;
        const r = n.getBoundingClientRect();
        if (r.bottom > 0 && r.top < window.innerHeight) view = Math.max(view, t - start);
        if (n.hasAttribute('data-worthit-panel') && panel < 0) panel = t - start;
      }
      return [view, panel];
      """;

  private MainThreadWatch() {}

  /** [last badge in the first view, the panel] in ms from the content script's start, -1 where none. */
  static double[] shown(ChromiumSession browser) {
    List<?> r = (List<?>) browser.js(SHOWN);
    return new double[] {((Number) r.get(0)).doubleValue(), ((Number) r.get(1)).doubleValue()};
  }

  /** Installs the observers in every page the driver opens from now on. */
  static void install(ChromeDriver driver) {
    driver.executeCdpCommand("Page.enable", Map.of());
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVE));
  }

  /** The long tasks of the page since the content script's start, the extension's, and its longest slice. */
  static double[] read(ChromiumSession browser) {
    List<?> r = (List<?>) browser.js(READ);
    return new double[] {((Number) r.get(0)).doubleValue(), ((Number) r.get(1)).doubleValue(),
        ((Number) r.get(2)).doubleValue()};
  }
}
