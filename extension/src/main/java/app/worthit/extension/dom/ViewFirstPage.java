package app.worthit.extension.dom;

import app.worthit.extract.Page;
import app.worthit.extract.PageExtractor;
import app.worthit.model.Listing;
import app.worthit.model.SubjectKeys;
import app.worthit.model.Urls;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;

/**
 * The whole document as the page facade, with its JSON-LD split one event a piece (see
 * {@link JsonLdItems}): the full pass reads the pieces in small steps, and a card near the view
 * reads its own event's pieces before the full pass ({@link #early}).
 */
public final class ViewFirstPage implements Page {
  private final DomPage document;
  private final JSObject items;

  private ViewFirstPage(DomPage document, JSObject items) {
    this.document = document;
    this.items = items;
  }

  /** The current document at its address, its JSON-LD parsed and split now. */
  public static ViewFirstPage of(String address) {
    return new ViewFirstPage(DomPage.document(address), JsonLdItems.split(PageExtractor.JSON_LD_SCRIPTS));
  }

  @Override
  public String address() {
    return document.address();
  }

  @Override
  public List<Page.Element> select(String cssSelector) {
    if (!PageExtractor.JSON_LD_SCRIPTS.equals(cssSelector)) {
      return document.select(cssSelector);
    }
    int n = JsonLdItems.count(items);
    List<Page.Element> pieces = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      pieces.add(new JsonLdPiece(items, i));
    }
    return pieces;
  }

  /** The listing of an event link (key given) from its card and its event's JSON-LD pieces, or null. */
  public Listing early(LiveElement link, String key) {
    String id = key.substring(key.lastIndexOf(':') + 1);
    List<String> texts = new ArrayList<>();
    for (int i : JsonLdItems.mentioning(items, id)) {
      String url = JsonLdItems.url(items, i);
      String resolved = Urls.resolve(address(), url.trim());
      if (resolved != null && key.equals(SubjectKeys.fromUrl(resolved))) {
        texts.add(JsonLdItems.text(items, i));
      }
    }
    // Unparsed scripts may hold it too: they are read whole, as the full pass reads them.
    for (int i : JsonLdItems.wholes(items)) {
      texts.add(JsonLdItems.text(items, i));
    }
    return PageExtractor.early(this, new DomElement(link), texts);
  }
}
