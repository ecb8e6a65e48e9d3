package app.worthit.extension.dom;

import org.teavm.jso.JSBody;

/** User Timing marks, read by the benchmark and visible in DevTools' performance panel. */
public final class Marks {
  private Marks() {}

  /** Records {@code performance.mark(name)}, replacing an earlier mark of that name. */
  @JSBody(params = "name", script = "performance.clearMarks(name); performance.mark(name);")
  public static native void mark(String name);

  /** Records {@code performance.measure(name)} from the start time (performance time) to now. */
  @JSBody(params = {"name", "start"}, script = "performance.measure(name, {start: start, end: performance.now()});")
  public static native void measure(String name, double start);
}
