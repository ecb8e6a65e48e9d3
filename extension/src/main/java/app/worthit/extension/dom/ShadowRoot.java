package app.worthit.extension.dom;

import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;
import org.teavm.jso.dom.xml.NodeList;

/** An open shadow root: the page cannot style into it and its styles cannot leak out. */
public interface ShadowRoot extends Node {
  /** The first descendant matching the selector, or null. */
  Element querySelector(String selector);

  /** Descendants matching the selector. */
  NodeList<? extends Element> querySelectorAll(String selector);

  /** The focused element inside this root, or null. */
  @JSProperty
  Element getActiveElement();
}
