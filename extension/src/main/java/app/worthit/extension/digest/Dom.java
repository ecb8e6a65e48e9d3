package app.worthit.extension.digest;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;

/** Small builders for the extension pages: page text only ever goes in as text, never as HTML. */
public final class Dom {
  /** The SVG namespace. */
  public static final String SVG = "http://www.w3.org/2000/svg";

  private Dom() {}

  /** A new element with an optional class and text. */
  public static HTMLElement el(String tag, String className, String text) {
    HTMLElement e = HTMLDocument.current().createElement(tag);
    if (className != null) {
      e.setClassName(className);
    }
    if (text != null) {
      e.setTextContent(text);
    }
    return e;
  }

  /** A new SVG element with attributes given as name, value pairs. */
  public static Element svg(String tag, String... attributes) {
    Element e = HTMLDocument.current().createElementNS(SVG, tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      e.setAttribute(attributes[i], attributes[i + 1]);
    }
    return e;
  }

  /** The element of the page with this id. */
  public static HTMLElement byId(String id) {
    return HTMLDocument.current().getElementById(id);
  }

  /** Removes every child of the element. */
  public static void clear(Element e) {
    while (e.getFirstChild() != null) {
      e.removeChild(e.getFirstChild());
    }
  }
}
