package app.worthit.extension.dom;

import app.worthit.extract.Page;
import java.util.List;

/** One live DOM element seen through the page facade. */
final class DomElement implements Page.Element {
  private final org.teavm.jso.dom.xml.Element element;

  DomElement(org.teavm.jso.dom.xml.Element element) {
    this.element = element;
  }

  @Override
  public String attr(String name) {
    return element.hasAttribute(name) ? element.getAttribute(name) : null;
  }

  @Override
  public String text() {
    String text = element.getTextContent();
    return text == null ? "" : text;
  }

  @Override
  public List<Page.Element> select(String cssSelector) {
    return new NodeListView(element.querySelectorAll(cssSelector), null);
  }

  @Override
  public Page.Element parent() {
    LiveElement up = LiveElement.of(element).getParentElement();
    return up == null ? null : new DomElement(up);
  }

  @Override
  public boolean contains(Page.Element other) {
    return other instanceof DomElement d && LiveElement.of(element).contains(d.element);
  }
}
