package app.worthit.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.extract.PageExtractor;
import app.worthit.model.Listing;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The first pass can be run in small steps (the extension yields between them) on a big page. */
class SteppedExtractionTest {
  @Test
  void a_page_of_many_cards_is_read_in_many_small_steps_to_the_same_listings() {
    StringBuilder html = new StringBuilder("<!doctype html><html><body><ul>");
    for (int i = 0; i < 500; i++) {
      html.append("<li><a href=\"/tech-group-").append(i % 7).append("/events/30").append(1000 + i)
          .append("/\"><h3>Event ").append(i).append("</h3></a><p>").append(i).append(" attendees</p></li>");
    }
    html.append("</ul></body></html>");
    String address = "https://www.meetup.com/find/";
    JsoupPage page = new JsoupPage(Jsoup.parse(html.toString(), address), address);

    PageExtractor.Run run = PageExtractor.start(page);
    int steps = 1;
    while (run.step()) {
      steps++;
    }
    List<Listing> stepped = run.listings();

    assertEquals(500, stepped.size());
    assertEquals(PageExtractor.extract(page), stepped);
    assertTrue(steps >= 10, "500 cards in chunks, not one step: " + steps + " steps");
    assertEquals(Integer.valueOf(499), stepped.get(499).attendeeCount());
  }
}
