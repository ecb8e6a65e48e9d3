package app.worthit.e2e;

import app.worthit.extract.PageExtractor;
import app.worthit.model.Correction;
import app.worthit.model.Listing;
import app.worthit.model.Profile;
import app.worthit.model.ScoreRequest;
import app.worthit.model.SubjectKeys;
import app.worthit.model.Urls;
import app.worthit.rules.Corrections;
import app.worthit.rules.Scorer;
import app.worthit.server.page.JsoupPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the shared engine says on the JVM about a page: the listings jsoup extraction finds, scored,
 * restricted to the events the overlay can place (a linked event, or the event page's own title).
 */
final class JvmEngine {
  private JvmEngine() {}

  /** The badges the extension should show on the page at that address for that profile, by key. */
  static List<BadgeRow> expectedBadges(String html, String address, Profile profile) {
    return expectedBadges(html, address, profile, null, List.of());
  }

  /**
   * As {@link #expectedBadges(String, String, Profile)}, with the applied corrections a client got
   * for the page, the page's events being of the group {@code groupKey} (null when unknown).
   */
  static List<BadgeRow> expectedBadges(String html, String address, Profile profile, String groupKey,
      List<Correction> corrections) {
    Document doc = Jsoup.parse(html, address);
    Map<String, Listing> listings = new LinkedHashMap<>();
    for (Listing l : PageExtractor.extract(new JsoupPage(doc, address))) {
      listings.put(l.key(), l);
    }
    Set<String> placed = new LinkedHashSet<>();
    String own = SubjectKeys.fromUrl(address);
    if (SubjectKeys.isEvent(own) && !doc.select("h1").isEmpty()) {
      placed.add(own);
    }
    for (Element a : doc.select("a[href]")) {
      String url = Urls.resolve(address, a.attr("href"));
      String key = url == null ? null : SubjectKeys.fromUrl(url);
      if (SubjectKeys.isEvent(key)) {
        placed.add(key);
      }
    }
    List<BadgeRow> rows = new ArrayList<>();
    for (String key : placed) {
      Listing l = listings.get(key);
      if (l != null) {
        rows.add(BadgeRow.of(Scorer.score(new ScoreRequest(l, profile), null,
            Corrections.select(key, groupKey, corrections))));
      }
    }
    rows.sort(Comparator.comparing(BadgeRow::key));
    return rows;
  }

  /** How many listings the engine finds in the page at all (with or without a place for a badge). */
  static int listingCount(String html, String address) {
    return PageExtractor.extract(JsoupPage.parse(html, address)).size();
  }
}
