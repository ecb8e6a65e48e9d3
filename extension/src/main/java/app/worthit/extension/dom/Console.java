package app.worthit.extension.dom;

import org.teavm.jso.JSBody;

/** The console, for faults that must not break the page but should be visible in DevTools. */
public final class Console {
  private Console() {}

  /** {@code console.warn} with the extension's prefix. */
  @JSBody(params = "message", script = "console.warn('Worth It?: ' + message);")
  public static native void warn(String message);
}
