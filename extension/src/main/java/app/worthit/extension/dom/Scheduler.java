package app.worthit.extension.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Yields to the browser between work slices without setTimeout's clamping. */
public final class Scheduler {
  private Scheduler() {}

  /** A task to run later. */
  @JSFunctor
  public interface Task extends JSObject {
    /** Runs the task. */
    void run();
  }

  /** Runs the task as a fresh macrotask, right after pending input and rendering work. */
  @JSBody(params = "task", script = "var c = new MessageChannel(); c.port1.onmessage = function() { task(); };"
      + " c.port2.postMessage(0);")
  public static native void soon(Task task);

  /** Runs the task after the delay in milliseconds. */
  @JSBody(params = {"task", "delay"}, script = "setTimeout(function() { task(); }, delay);")
  public static native void later(Task task, int delay);
}
