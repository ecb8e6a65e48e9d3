package app.worthit.extension.content;

import app.worthit.extension.dom.LiveElement;
import app.worthit.model.SubjectKeys;
import app.worthit.model.Urls;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/** Where on an event's or group's own page the panels go, and what the page says about its organiser. */
final class PagePlaces {
  private PagePlaces() {}

  /** The page's title: the first visible h1, else the first h1, else null. */
  static LiveElement title() {
    NodeList<? extends Element> titles = HTMLDocument.current().querySelectorAll("h1");
    for (int i = 0; i < titles.getLength(); i++) {
      LiveElement h1 = LiveElement.of(titles.get(i));
      if (h1.getOffsetParent() != null) {
        return h1;
      }
    }
    return titles.getLength() > 0 ? LiveElement.of(titles.get(0)) : null;
  }

  /** Where an event's panel goes when the page's title is not found: the top of main, else of body. */
  static LiveElement fallback() {
    Element main = HTMLDocument.current().querySelector("main");
    return main != null ? LiveElement.of(main) : LiveElement.of(HTMLDocument.current().getBody());
  }

  /** The organizer key of the first organizer link of the page (an Eventbrite event's organiser), or null. */
  static String organizer(String address) {
    NodeList<? extends Element> links = HTMLDocument.current().querySelectorAll("a[href*=\"/o/\"]");
    for (int i = 0; i < links.getLength(); i++) {
      String url = Urls.resolve(address, links.get(i).getAttribute("href"));
      String key = url == null ? null : SubjectKeys.fromUrl(url);
      if (SubjectKeys.isGroup(key)) {
        return key;
      }
    }
    return null;
  }
}
