package app.worthit.extension.dom;

import app.worthit.extract.Page;
import java.util.List;
import org.teavm.jso.dom.html.HTMLDocument;

/** The page facade over the live DOM: the whole document, or one card's subtree. */
public final class DomPage implements Page {
  private final String address;
  private final LiveElement root;

  private DomPage(String address, LiveElement root) {
    this.address = address;
    this.root = root;
  }

  /** The whole current document at its address. */
  public static DomPage document(String address) {
    return new DomPage(address, null);
  }

  /** Only the subtree of one element (itself included), for cards added after the first pass. */
  public static DomPage subtree(String address, LiveElement root) {
    return new DomPage(address, root);
  }

  @Override
  public String address() {
    return address;
  }

  @Override
  public List<Page.Element> select(String cssSelector) {
    if (root == null) {
      return new NodeListView(HTMLDocument.current().querySelectorAll(cssSelector), null);
    }
    return new NodeListView(root.querySelectorAll(cssSelector), root.matches(cssSelector) ? root : null);
  }
}
