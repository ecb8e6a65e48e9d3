package app.worthit.server.cli;

import app.worthit.model.Urls;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Where a saved page came from, as the page itself declares it. */
final class PageAddress {
  private PageAddress() {}

  /** The canonical link, else og:url; null when the page names no absolute http(s) address. */
  static String of(Document doc) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null && Urls.isHttp(canonical.attr("href").trim())) {
      return canonical.attr("href").trim();
    }
    Element og = doc.selectFirst("meta[property=og:url][content]");
    if (og != null && Urls.isHttp(og.attr("content").trim())) {
      return og.attr("content").trim();
    }
    return null;
  }
}
