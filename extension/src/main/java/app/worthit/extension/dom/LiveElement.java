package app.worthit.extension.dom;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.EventTarget;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;

/** A DOM element with the modern members the overlay needs that teavm-jso-apis lacks. */
public interface LiveElement extends Element, EventTarget {
  /** True while the element is in a document. */
  @JSProperty("isConnected")
  boolean isConnected();

  /** The parent element, or null at the root. */
  @JSProperty
  LiveElement getParentElement();

  /** The nearest inclusive ancestor matching the selector, or null. */
  LiveElement closest(String selector);

  /** True when the node is this element or inside it. */
  boolean contains(Node other);

  /** True when this element matches the selector. */
  boolean matches(String selector);

  /** Inserts the node right after this element. */
  void after(Node node);

  /** Inserts the node as this element's first child. */
  void prepend(Node node);

  /** Detaches this element. */
  void remove();

  /** Moves keyboard focus here. */
  void focus();

  /** The open shadow root, or null. */
  @JSProperty
  ShadowRoot getShadowRoot();

  /** The layout box, for a visibility check. */
  @JSProperty
  JSObject getOffsetParent();

  /** Converts any DOM element to this view (JSO casts are unchecked). */
  static LiveElement of(Element element) {
    return (LiveElement) element;
  }
}
