package app.worthit.extension.dom;

import app.worthit.extract.Page;
import java.util.AbstractList;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * A static NodeList seen as a list of facade elements, wrapped only when read: extraction often
 * stops at the first few matches of a large list, so eager wrapping would cost O(n) per query.
 */
final class NodeListView extends AbstractList<Page.Element> {
  private final NodeList<? extends Element> nodes;
  private final Element first;

  NodeListView(NodeList<? extends Element> nodes, Element first) {
    this.nodes = nodes;
    this.first = first;
  }

  @Override
  public Page.Element get(int index) {
    if (first != null) {
      return new DomElement(index == 0 ? first : nodes.get(index - 1));
    }
    return new DomElement(nodes.get(index));
  }

  @Override
  public int size() {
    return nodes.getLength() + (first != null ? 1 : 0);
  }
}
