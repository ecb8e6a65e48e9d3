package app.worthit.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageAddressTest {
  @Test
  void takes_the_canonical_link() {
    assertEquals("https://www.meetup.com/g/events/1/", PageAddress.of(Jsoup.parse(
        "<head><link rel=\"CANONICAL\" href=\" https://www.meetup.com/g/events/1/ \">"
            + "<meta property=\"og:url\" content=\"https://other.example/\"></head>")));
  }

  @Test
  void falls_back_to_og_url_then_to_nothing() {
    assertEquals("https://www.eventbrite.com/e/x-123456", PageAddress.of(Jsoup.parse(
        "<head><link rel=canonical href=\"/relative\"><meta property=\"og:url\" "
            + "content=\"https://www.eventbrite.com/e/x-123456\"></head>")));
    assertNull(PageAddress.of(Jsoup.parse("<p>no address</p>")));
  }
}
