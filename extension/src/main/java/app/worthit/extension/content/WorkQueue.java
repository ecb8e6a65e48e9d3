package app.worthit.extension.content;

import app.worthit.extension.dom.Console;
import app.worthit.extension.dom.Marks;
import app.worthit.extension.dom.Scheduler;
import java.util.ArrayDeque;
import org.teavm.jso.browser.Performance;

/** Runs queued work in short slices, yielding between them so a page with thousands of cards stays responsive. */
final class WorkQueue {
  /** Longest slice before yielding, in ms: under a 50 ms long task with room for the last task's overrun. */
  private static final double SLICE_MS = 40;
  /** The User Timing measure of each slice: the benchmark tells the extension's long tasks by it. */
  static final String SLICE = "worthit:slice";

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

  /** Queues tasks ahead of all others, in their order (what the reader sees goes first). */
  void addFirst(java.util.List<Runnable> first) {
    for (int i = first.size() - 1; i >= 0; i--) {
      tasks.addFirst(first.get(i));
    }
    if (!first.isEmpty() && !scheduled) {
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
        Marks.measure(SLICE, start);
        Scheduler.soon(this::drain);
        return;
      }
    }
    Marks.measure(SLICE, start);
    scheduled = false;
    onDrained.run();
  }
}
