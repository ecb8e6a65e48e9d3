package app.worthit.extension.dom;

import app.worthit.extract.Page;
import java.util.List;
import org.teavm.jso.JSObject;

/** One piece of the page's JSON-LD seen as a script element of its own; its text is written only when read. */
final class JsonLdPiece implements Page.Element {
  private final JSObject items;
  private final int index;

  JsonLdPiece(JSObject items, int index) {
    this.items = items;
    this.index = index;
  }

  @Override
  public String attr(String name) {
    return "type".equals(name) ? "application/ld+json" : null;
  }

  @Override
  public String text() {
    return JsonLdItems.text(items, index);
  }

  @Override
  public List<Page.Element> select(String cssSelector) {
    return List.of();
  }

  @Override
  public Page.Element parent() {
    return null;
  }

  @Override
  public boolean contains(Page.Element other) {
    return other == this;
  }
}
