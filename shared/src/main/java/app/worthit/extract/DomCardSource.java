package app.worthit.extract;

import app.worthit.model.Urls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Event cards found in the DOM by their links (URL patterns outlive class names). A card is the
 * largest ancestor of the link, a few levels up at most, that links to no other event.
 */
final class DomCardSource {
  private static final int MAX_CLIMB = 8;
  private static final int MAX_CARD_TEXT = 3000;

  private DomCardSource() {}

  /** One draft per event linked from the page, in document order. */
  static List<EventDraft> events(Page page, String base) {
    Map<String, Page.Element> firstLink = new LinkedHashMap<>();
    Map<String, String> urls = new LinkedHashMap<>();
    for (Page.Element a : page.select("a[href]")) {
      String href = a.attr("href");
      String key = EventLinks.key(href, base);
      if (key != null && !firstLink.containsKey(key)) {
        firstLink.put(key, a);
        urls.put(key, Urls.withoutQuery(EventLinks.url(href, base)));
      }
    }
    List<EventDraft> out = new ArrayList<>();
    for (Map.Entry<String, Page.Element> e : firstLink.entrySet()) {
      Page.Element link = e.getValue();
      out.add(EventCard.read(urls.get(e.getKey()), link, card(link, e.getKey(), base)));
    }
    return out;
  }

  private static Page.Element card(Page.Element link, String key, String base) {
    Page.Element card = link;
    Page.Element up = link.parent();
    for (int level = 0; up != null && level < MAX_CLIMB; level++) {
      if (!onlyLinksTo(up, key, base) || EventCard.squash(up.text()).length() > MAX_CARD_TEXT) {
        break;
      }
      card = up;
      up = up.parent();
    }
    return card;
  }

  private static boolean onlyLinksTo(Page.Element element, String key, String base) {
    for (Page.Element a : element.select("a[href]")) {
      String href = a.attr("href");
      String other = EventLinks.key(href, base);
      if (other != null ? !other.equals(key) : EventLinks.looksLikeEvent(href) && EventLinks.url(href, base) == null) {
        return false;
      }
    }
    return true;
  }
}
