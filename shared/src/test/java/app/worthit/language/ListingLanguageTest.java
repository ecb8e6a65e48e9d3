package app.worthit.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Listing;
import app.worthit.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingLanguageTest {
  private static Listing listing(String title, String description, String groupName, String groupDescription) {
    return new Listing("https://www.eventbrite.de/e/1", "eventbrite:event:1", Source.EVENTBRITE, title, description,
        groupName, groupDescription, null, null, null, null, null, null, null, null);
  }

  @Test
  void an_english_listing_is_read_whole_and_unchanged() {
    Listing l = listing("Networking for founders", Samples.ENGLISH, "Berlin Founders", "A community of founders.");
    ListingReading r = ListingLanguage.of(l);
    assertFalse(r.hasUnreadText());
    assertSame(l.description(), r.description());
    assertSame(l.title(), r.title());
  }

  @Test
  void a_german_listing_leaves_nothing_for_the_rules() {
    ListingReading r = ListingLanguage.of(listing("Netzwerktreffen für Gründerinnen und Gründer", Samples.GERMAN,
        "Gründerstammtisch Berlin", null));
    assertEquals(List.of(Language.GERMAN), r.unread());
    assertFalse(r.englishEnough());
    assertNull(r.title());
    assertNull(r.description());
    // An undecided name inside a German listing is not read either: it may be German too.
    assertNull(r.groupName());
    assertEquals(List.of("für", "und", "unser", "aus", "wir"), r.clues());
  }

  @Test
  void an_english_title_over_a_german_description_keeps_the_title_only() {
    ListingReading r = ListingLanguage.of(listing("Networking for founders and investors", Samples.GERMAN, null, null));
    assertEquals(List.of(Language.GERMAN), r.unread());
    assertFalse(r.englishEnough());
    assertEquals("Networking for founders and investors", r.title());
    assertNull(r.description());
  }

  @Test
  void a_bilingual_description_is_read_for_its_english_paragraphs() {
    String description = Samples.GERMAN + "\n\n" + Samples.ENGLISH;
    ListingReading r = ListingLanguage.of(listing("Founders Night / Gründerabend", description, null, null));
    assertEquals(List.of(Language.GERMAN), r.unread());
    assertTrue(r.englishEnough());
    assertFalse(r.description().contains("Gründerinnen"), r.description());
    assertTrue(r.description().contains(Samples.ENGLISH), r.description());
  }

  @Test
  void a_bilingual_description_in_one_paragraph_is_split_by_sentence() {
    String description = "Join us for an evening of networking with the founders of our city. "
        + "Rejoignez-nous pour une soirée de networking avec les fondateurs de notre ville. "
        + "There is time to meet the other guests over a drink. "
        + "Vous pourrez échanger avec les autres participants autour d'un verre.";
    ListingReading r = ListingLanguage.of(listing("Founders Night", description, null, null));
    assertEquals(List.of(Language.FRENCH), r.unread());
    assertTrue(r.englishEnough());
    assertEquals("Join us for an evening of networking with the founders of our city.\n"
        + " There is time to meet the other guests over a drink.", r.description());
  }

  @Test
  void several_languages_left_unread_are_named_most_words_first() {
    ListingReading r = ListingLanguage.of(listing("Réseautage / Netwerken", Samples.DUTCH,
        "Belgian Founders", Samples.FRENCH + " " + Samples.FRENCH));
    assertEquals(List.of(Language.FRENCH, Language.DUTCH), r.unread());
  }

  @Test
  void names_and_links_alone_are_read_as_they_are() {
    Listing l = listing("Stammtisch", "https://www.meetup.com/de-DE/gruender-berlin/", "Anna Müller & José García", null);
    ListingReading r = ListingLanguage.of(l);
    assertFalse(r.hasUnreadText());
    assertSame(l.description(), r.description());
  }
}
