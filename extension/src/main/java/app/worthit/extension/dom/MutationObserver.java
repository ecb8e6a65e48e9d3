package app.worthit.extension.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.xml.Node;

/** The DOM's MutationObserver. */
@JSClass
public class MutationObserver implements JSObject {
  /** An observer calling back with batches of records. */
  public MutationObserver(MutationCallback callback) {}

  /** Starts observing the target with the given options object. */
  public native void observe(Node target, JSObject options);

  /** Stops observing. */
  public native void disconnect();

  /** Options: the whole subtree, added and removed children, and href changes. */
  @JSBody(script = "return {childList: true, subtree: true, attributes: true, attributeFilter: ['href']};")
  public static native JSObject subtreeAndLinks();
}
