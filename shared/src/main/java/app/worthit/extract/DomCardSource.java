package app.worthit.extract;

import app.worthit.model.Urls;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Event cards found in the DOM by their links (URL patterns outlive class names). A card is the
 * largest ancestor of the link, a few levels up at most, that holds no link to another event.
 * Only the nearest other-event links before and after (in document order) need checking, since an
 * element's subtree is one contiguous stretch of the document: that keeps big pages linear.
 */
final class DomCardSource {
  private static final int MAX_CLIMB = 8;
  private static final int MAX_CARD_TEXT = 3000;
  /** Stands for an event link that cannot be resolved: foreign to every card. */
  private static final String UNKNOWN = "?";

  private DomCardSource() {}

  /**
   * The page's event links, found once, then read as cards a chunk at a time (a browser yields
   * between chunks on pages of thousands of cards).
   */
  static final class Cards {
    /** Links whose keys are worked out in one step: a URL parse each, slow in cold JavaScript. */
    private static final int INDEX_PER_STEP = 50;

    private final String base;
    private final List<Page.Element> all;
    private final List<Page.Element> links = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private int[] before;
    private int[] after;
    private final Set<String> done = new HashSet<>();
    private int indexed;
    private int next;

    Cards(Page page, String base) {
      this.base = base;
      this.all = page.select("a[href]");
    }

    /** Works out the next links' keys; true while more remain to index before reading. */
    boolean index() {
      int end = Math.min(all.size(), indexed + INDEX_PER_STEP);
      for (int i = indexed; i < end; i++) {
        Page.Element a = all.get(i);
        String href = a.attr("href");
        String key = EventLinks.key(href, base);
        if (key == null && EventLinks.looksLikeEvent(href) && EventLinks.url(href, base) == null) {
          key = UNKNOWN;
        }
        if (key != null) {
          links.add(a);
          keys.add(key);
        }
      }
      indexed = end;
      if (indexed < all.size()) {
        return true;
      }
      int n = links.size();
      before = new int[n];
      after = new int[n];
      for (int i = 0; i < n; i++) {
        before[i] = i == 0 ? -1 : !keys.get(i - 1).equals(keys.get(i)) ? i - 1 : before[i - 1];
      }
      for (int i = n - 1; i >= 0; i--) {
        after[i] = i == n - 1 ? -1 : !keys.get(i + 1).equals(keys.get(i)) ? i + 1 : after[i + 1];
      }
      return false;
    }

    /** True while some links are not read yet. */
    boolean more() {
      return next < links.size();
    }

    /** The drafts of the next (up to) count links' cards. */
    List<EventDraft> read(int count) {
      List<EventDraft> out = new ArrayList<>();
      int end = Math.min(links.size(), next + count);
      for (int i = next; i < end; i++) {
        String key = keys.get(i);
        if (key.equals(UNKNOWN) || !done.add(key)) {
          continue;
        }
        Page.Element link = links.get(i);
        Page.Element card = card(link, before[i] < 0 ? null : links.get(before[i]),
            after[i] < 0 ? null : links.get(after[i]));
        out.add(EventCard.read(Urls.withoutQuery(EventLinks.url(link.attr("href"), base)), link, card));
      }
      next = end;
      return out;
    }
  }

  /**
   * The draft of one event link's card found without the page's other links: the same card as the
   * full pass finds, since a subtree holding the nearest other-event link holds some other-event link.
   */
  static EventDraft alone(Page.Element link, String key, String base) {
    Page.Element card = link;
    Page.Element up = link.parent();
    for (int level = 0; up != null && level < MAX_CLIMB; level++) {
      if (holdsOtherEvent(up, key, base) || EventCard.longerThan(up.text(), MAX_CARD_TEXT)) {
        break;
      }
      card = up;
      up = up.parent();
    }
    return EventCard.read(Urls.withoutQuery(EventLinks.url(link.attr("href"), base)), link, card);
  }

  private static boolean holdsOtherEvent(Page.Element e, String key, String base) {
    for (Page.Element a : e.select("a[href]")) {
      String href = a.attr("href");
      String k = EventLinks.key(href, base);
      if (k != null ? !k.equals(key) : EventLinks.looksLikeEvent(href) && EventLinks.url(href, base) == null) {
        return true;
      }
    }
    return false;
  }

  private static Page.Element card(Page.Element link, Page.Element before, Page.Element after) {
    Page.Element card = link;
    Page.Element up = link.parent();
    for (int level = 0; up != null && level < MAX_CLIMB; level++) {
      if ((before != null && up.contains(before)) || (after != null && up.contains(after))
          || EventCard.longerThan(up.text(), MAX_CARD_TEXT)) {
        break;
      }
      card = up;
      up = up.parent();
    }
    return card;
  }
}
