package app.worthit.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.extract.PageExtractor;
import app.worthit.model.Listing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A card that holds its title twice (a visually hidden copy, an aria-label beside a heading) gives it once. */
class CardTitleOnceTest {
  private static final String TITLE = "Product Managers Breakfast";

  private static String title(String card, String address) {
    List<Listing> ls = PageExtractor.extract(JsoupPage.parse("<html><body><ul><li>" + card + "</li></ul></body></html>",
        address));
    assertEquals(1, ls.size(), card);
    return ls.get(0).title();
  }

  @Test
  void a_link_with_a_visually_hidden_copy_of_its_title_gives_it_once() {
    String card = "<a href=\"https://www.eventbrite.com/e/breakfast-tickets-1900000000111\"><span class=\"eds-is-hidden-accessible\">"
        + TITLE + "</span><div aria-hidden=\"true\">" + TITLE + "</div></a>";
    assertEquals(TITLE, title(card, "https://www.eventbrite.com/d/online/events/"));
  }

  @Test
  void copies_joined_without_a_space_give_it_once() {
    String card = "<a href=\"https://www.meetup.com/pm/events/401111111/\"><span>" + TITLE + "</span><span>" + TITLE
        + "</span></a>";
    assertEquals(TITLE, title(card, "https://www.meetup.com/find/"));
  }

  @Test
  void a_heading_holding_a_hidden_copy_gives_it_once() {
    String card = "<a href=\"https://www.meetup.com/pm/events/401111112/\" aria-label=\"" + TITLE + "\"><h3>" + TITLE
        + "<span class=\"visually-hidden\">" + TITLE + "</span></h3></a>";
    assertEquals(TITLE, title(card, "https://www.meetup.com/find/"));
  }

  @Test
  void an_aria_label_beside_the_heading_outside_the_link_gives_the_heading_once() {
    String card = "<div class=\"event-card\"><a href=\"https://www.eventbrite.ca/e/breakfast-tickets-1900000000112\""
        + " aria-label=\"View " + TITLE + "\"><img alt=\"" + TITLE + " primary image\"></a>"
        + "<section class=\"event-card-details\"><h3>" + TITLE + "</h3><p>Free</p></section></div>";
    assertEquals(TITLE, title(card, "https://www.eventbrite.ca/d/canada--toronto/events/"));
  }

  @Test
  void a_title_that_merely_repeats_a_short_word_is_kept() {
    String card = "<a href=\"https://www.meetup.com/pm/events/401111113/\">Bora Bora</a>";
    assertEquals("Bora Bora", title(card, "https://www.meetup.com/find/"));
  }
}
