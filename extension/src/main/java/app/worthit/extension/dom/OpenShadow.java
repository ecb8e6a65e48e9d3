package app.worthit.extension.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.xml.Element;

/** Attaches open shadow roots: the page's CSS cannot reach in, and ours cannot leak out. */
public final class OpenShadow {
  private OpenShadow() {}

  /** A new open shadow root on the host. */
  @JSBody(params = "host", script = "return host.attachShadow({mode: 'open'});")
  public static native ShadowRoot attach(Element host);
}
