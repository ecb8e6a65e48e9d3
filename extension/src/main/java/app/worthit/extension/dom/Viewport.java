package app.worthit.extension.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/** Which elements the reader sees now or within one screen of it. */
public final class Viewport {
  private Viewport() {}

  /**
   * The elements, in document order, whose box lies in the view or within one screen above or
   * below it; elements without a box are left out. Reading stops after a long run of elements below.
   */
  @JSBody(params = "elements", script = "var h = window.innerHeight, out = [], below = 0;"
      + "for (var i = 0; i < elements.length; i++) { var r = elements[i].getBoundingClientRect();"
      + "  if (r.width === 0 && r.height === 0) continue;"
      + "  if (r.top > 2 * h) { if (++below > 200) break; continue; }"
      + "  below = 0; if (r.bottom >= -h) out.push(elements[i]); }"
      + "return out;")
  public static native JSArrayReader<LiveElement> near(NodeList<? extends Element> elements);
}
