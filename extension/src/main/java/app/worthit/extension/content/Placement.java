package app.worthit.extension.content;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.teavm.jso.browser.Performance;

/**
 * Listing badges rendered but not yet in the page. They are placed together, when the queue drains
 * and while it is busy after {@link #FIRST_MS}, then after twice as long each time: each placement
 * makes the browser lay the page out again (about 0.1 s for a page of 2,000 cards here), so a long
 * page is not laid out dozens of times. What the reader sees is placed at once ({@link #now}).
 */
final class Placement {
  /** Wait before the first placement of a busy stretch, in ms; each later one waits twice as long. */
  private static final double FIRST_MS = 150;

  private final List<Badge> unplaced = new ArrayList<>();
  /** Whether a badge is still the one of its event (a released badge is never placed). */
  private final Predicate<Badge> current;
  private double every = FIRST_MS;
  /** When the waiting badges are put in the page at the latest (performance time), or -1 if none wait. */
  private double by = -1;

  Placement(Predicate<Badge> current) {
    this.current = current;
  }

  /** Adds a rendered badge; the waiting ones go in once the first of them has waited long enough. */
  void add(Badge badge) {
    unplaced.add(badge);
    double time = Performance.now();
    if (by < 0) {
      by = time + every;
    } else if (time >= by) {
      now();
      every *= 2;
    }
  }

  /** Puts every waiting badge in the page now. */
  void now() {
    for (Badge b : unplaced) {
      if (current.test(b) && b.anchor().isConnected()) {
        b.place();
      }
    }
    unplaced.clear();
    by = -1;
  }

  /** The queue is idle: everything waiting goes in, and the next busy stretch starts over. */
  void drained() {
    now();
    every = FIRST_MS;
  }
}
