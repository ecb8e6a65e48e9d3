package app.worthit.extension.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.model.Listing;
import app.worthit.model.Source;
import org.junit.jupiter.api.Test;

class GroupKeysTest {
  @Test
  void a_meetup_event_belongs_to_the_group_in_its_url() {
    assertEquals("meetup:group:nyctechmixer", GroupKeys.of(listing(
        "https://www.meetup.com/nyctechmixer/events/311245599/", "meetup:event:311245599", null)));
  }

  @Test
  void an_eventbrite_event_falls_back_to_its_organizer_name_then_to_itself() {
    assertEquals("group-name:queer lit", GroupKeys.of(listing(
        "https://www.eventbrite.co.uk/e/x-tickets-1234567", "eventbrite:event:1234567", " Queer Lit ")));
    assertEquals("eventbrite:event:1234567", GroupKeys.of(listing(
        "https://www.eventbrite.co.uk/e/x-tickets-1234567", "eventbrite:event:1234567", null)));
  }

  private static Listing listing(String url, String key, String group) {
    return new Listing(url, key, Source.OTHER, "t", null, group, null, null, null, null, null, null, null, null, null);
  }
}
