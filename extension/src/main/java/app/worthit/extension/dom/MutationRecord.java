package app.worthit.extension.dom;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.xml.Node;
import org.teavm.jso.dom.xml.NodeList;

/** One DOM change reported to a {@link MutationObserver}. */
public interface MutationRecord extends JSObject {
  /** "childList" or "attributes". */
  @JSProperty
  String getType();

  /** The changed node (the parent for childList, the element for attributes). */
  @JSProperty
  Node getTarget();

  /** Nodes added, for childList records. */
  @JSProperty
  NodeList<Node> getAddedNodes();

  /** Nodes removed, for childList records. */
  @JSProperty
  NodeList<Node> getRemovedNodes();
}
