package app.worthit.server.page;

import app.worthit.extract.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The page facade over a jsoup document: how the server and its tests read saved pages. */
public final class JsoupPage implements Page {
  private final Document document;
  private final String address;

  /** A page over a parsed document; address may be null (extraction then uses the canonical link). */
  public JsoupPage(Document document, String address) {
    this.document = document;
    this.address = address;
  }

  /** Parses HTML text. */
  public static JsoupPage parse(String html, String address) {
    return new JsoupPage(Jsoup.parse(html, address == null ? "" : address), address);
  }

  /** Reads and parses a saved page (UTF-8). */
  public static JsoupPage load(Path file, String address) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), address);
  }

  @Override
  public String address() {
    return address;
  }

  @Override
  public List<Page.Element> select(String cssSelector) {
    return wrap(document.select(cssSelector));
  }

  private static List<Page.Element> wrap(List<org.jsoup.nodes.Element> elements) {
    List<Page.Element> out = new ArrayList<>(elements.size());
    for (org.jsoup.nodes.Element e : elements) {
      out.add(new JsoupElement(e));
    }
    return out;
  }

  /** One jsoup element; script and style elements give their raw data as text, like the DOM. */
  private record JsoupElement(org.jsoup.nodes.Element element) implements Page.Element {
    @Override
    public String attr(String name) {
      return element.hasAttr(name) ? element.attr(name) : null;
    }

    @Override
    public String text() {
      String tag = element.normalName();
      return tag.equals("script") || tag.equals("style") ? element.data() : element.text();
    }

    /** Descendants only: jsoup would include the element itself, the DOM's querySelectorAll does not. */
    @Override
    public List<Page.Element> select(String cssSelector) {
      List<org.jsoup.nodes.Element> found = new ArrayList<>(element.select(cssSelector));
      found.remove(element);
      return wrap(found);
    }

    @Override
    public boolean contains(Page.Element other) {
      if (!(other instanceof JsoupElement o)) {
        return false;
      }
      for (org.jsoup.nodes.Element e = o.element; e != null; e = e.parent()) {
        if (e == element) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Page.Element parent() {
      org.jsoup.nodes.Element p = element.parent();
      return p == null || p instanceof Document ? null : new JsoupElement(p);
    }
  }
}
