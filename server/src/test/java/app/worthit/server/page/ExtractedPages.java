package app.worthit.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import app.worthit.extract.PageExtractor;
import app.worthit.model.Listing;
import app.worthit.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs extraction over the real saved pages and over the project's own small pages. */
final class ExtractedPages {
  private ExtractedPages() {}

  /** The listings of a real saved page in ../shared/fixtures/pages (address from its canonical link). */
  static List<Listing> real(String fileName) {
    try {
      return PageExtractor.extract(JsoupPage.load(Fixtures.page(fileName), null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The listings of a real saved page with every script removed: what the DOM cards alone give. */
  static List<Listing> realCardsOnly(String fileName) {
    try {
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(Fixtures.page(fileName).toFile(), "UTF-8");
      doc.select("script").remove();
      return PageExtractor.extract(new JsoupPage(doc, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The listings of one of our own pages in src/test/resources/pages. */
  static List<Listing> own(String fileName, String address) {
    return PageExtractor.extract(JsoupPage.parse(ownHtml(fileName), address));
  }

  /** The HTML of one of our own pages. */
  static String ownHtml(String fileName) {
    try (InputStream in = ExtractedPages.class.getResourceAsStream("/pages/" + fileName)) {
      if (in == null) {
        fail("missing test page " + fileName);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The listing with the key, failing when there is none. */
  static Listing byKey(List<Listing> listings, String key) {
    return listings.stream().filter(l -> l.key().equals(key)).findFirst()
        .orElseGet(() -> fail("no listing " + key + " among " + keys(listings)));
  }

  static List<String> keys(List<Listing> listings) {
    return listings.stream().map(Listing::key).toList();
  }

  /** Asserts the fields a test names at once, so a failure shows them all. */
  static void assertListing(Listing l, String title, String startsAt, String groupName,
      Integer priceCents, Integer attendeeCount) {
    assertEquals(List.of(title, String.valueOf(startsAt), String.valueOf(groupName),
            String.valueOf(priceCents), String.valueOf(attendeeCount)),
        List.of(l.title(), String.valueOf(l.startsAt()), String.valueOf(l.groupName()),
            String.valueOf(l.priceCents()), String.valueOf(l.attendeeCount())),
        l.key());
  }
}
