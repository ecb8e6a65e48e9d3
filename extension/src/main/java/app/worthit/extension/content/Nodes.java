package app.worthit.extension.content;

import app.worthit.extension.dom.LiveElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Node;

/** Creates overlay elements; any text goes in as textContent, never as HTML. */
final class Nodes {
  private Nodes() {}

  /** A new element of the tag with the class (may be null). */
  static LiveElement element(String tag, String cssClass) {
    LiveElement e = LiveElement.of(HTMLDocument.current().createElement(tag));
    if (cssClass != null) {
      e.setAttribute("class", cssClass);
    }
    return e;
  }

  /** A new element holding the text as plain text. */
  static LiveElement text(String tag, String cssClass, String text) {
    LiveElement e = element(tag, cssClass);
    e.setTextContent(text);
    return e;
  }

  /** Removes every child of the node. */
  static void clear(Node node) {
    while (node.getFirstChild() != null) {
      node.removeChild(node.getFirstChild());
    }
  }
}
