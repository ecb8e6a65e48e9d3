package app.worthit.extension.content;

import app.worthit.extension.dom.Console;
import app.worthit.extension.dom.Scheduler;
import java.util.ArrayDeque;
import org.teavm.jso.browser.Performance;

/** Runs queued work in short slices, yielding between them so a page with thousands of cards stays responsive. */
final class WorkQueue {
  /** Longest slice before yielding, in ms: well under a 50 ms long task. */
  private static final double SLICE_MS = 48;

  private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
  private final Runnable onDrained;
  private boolean scheduled;

  WorkQueue(Runnable onDrained) {
    this.onDrained = onDrained;
  }

  /** Queues a task; the queue starts draining on its own. */
  void add(Runnable task) {
    tasks.add(task);
    if (!scheduled) {
      scheduled = true;
      Scheduler.soon(this::drain);
    }
  }

  /** Runs tasks now until the slice is used up, then continues later. */
  void drain() {
    double start = Performance.now();
    while (!tasks.isEmpty()) {
      Runnable task = tasks.poll();
      try {
        task.run();
      } catch (RuntimeException e) {
        // One odd card must not stop the others.
        Console.warn(e.getMessage());
      }
      if (Performance.now() - start > SLICE_MS && !tasks.isEmpty()) {
        Scheduler.soon(this::drain);
        return;
      }
    }
    scheduled = false;
    onDrained.run();
  }
}
