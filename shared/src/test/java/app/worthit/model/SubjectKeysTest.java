package app.worthit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectKeysTest {
  @ParameterizedTest
  @CsvSource({
    "https://www.meetup.com/nyctechmixer/events/311245599/, meetup:event:311245599",
    "https://www.meetup.com/nyctechmixer/events/311245599/attendees/, meetup:event:311245599",
    "http://meetup.com/nyctechmixer/events/311245599?recId=x&eventOrigin=find_page%24all, meetup:event:311245599",
    "https://www.meetup.com/de-DE/Berlin-Tech/events/pzrqmtyhcdbgb/, meetup:event:pzrqmtyhcdbgb",
    "https://www.meetup.com/Backend-Developers-of-Ljubljana/, meetup:group:backend-developers-of-ljubljana",
    "https://www.meetup.com/aws-user-group-ljubljana/events/past/, meetup:group:aws-user-group-ljubljana",
    "https://www.meetup.com/techto/events/#upcoming, meetup:group:techto",
    "https://www.eventbrite.com/e/denver-career-expo-tickets-811000003, eventbrite:event:811000003",
    "https://www.eventbrite.co.uk/e/london-meetup-tickets-1234567890?aff=ebdsoporgprofile, eventbrite:event:1234567890",
    "https://www.eventbrite.com.au/e/1234567890, eventbrite:event:1234567890",
    "https://www.eventbrite.de/e/treffen-tickets-987654321#tickets, eventbrite:event:987654321",
    "https://eventbrite.ca/o/queer-lit-12345678901, eventbrite:organizer:12345678901",
    "https://www.eventbrite.co.nz/o/some-org-33333333, eventbrite:organizer:33333333",
    "https://www.eventbrite.ie/e/x-tickets-55555555, eventbrite:event:55555555",
    "https://www.eventbrite.fr/e/x-billets-55555555, eventbrite:event:55555555",
  })
  void derives_keys_from_urls(String url, String key) {
    assertEquals(key, SubjectKeys.fromUrl(url));
    assertEquals(SubjectKeys.sourceOf(url), SubjectKeys.sourceOfKey(key), "the key names the URL's source");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "https://www.meetup.com/", "https://www.meetup.com/find/?source=EVENTS", "https://www.meetup.com/topics/",
    "https://www.meetup.com/blog/category/local-guides/", "https://www.eventbrite.com/d/ca--toronto/events/",
    "https://www.eventbrite.com/e/no-id-here", "https://example.com/nyctechmixer/events/311245599/",
    "https://www.eventbrite.com.evil.example/e/x-tickets-123456", "not a url", "javascript:alert(1)", "",
  })
  void gives_no_key_for_other_urls(String url) {
    assertNull(SubjectKeys.fromUrl(url));
  }

  @ParameterizedTest
  @CsvSource({
    "https://www.meetup.com/a/events/, /b/events/1/, https://www.meetup.com/b/events/1/",
    "https://www.meetup.com/a/events/, 2/, https://www.meetup.com/a/events/2/",
    "https://www.meetup.com/a/events/x, ../y, https://www.meetup.com/a/y",
    "https://www.eventbrite.com/d/x/?page=2, //www.eventbrite.ca/e/t-tickets-123456, https://www.eventbrite.ca/e/t-tickets-123456",
    "https://www.eventbrite.com/d/x/, https://www.eventbrite.com/e/a-tickets-123456?aff=1, https://www.eventbrite.com/e/a-tickets-123456?aff=1",
  })
  void resolves_relative_links(String base, String href, String expected) {
    assertEquals(expected, Urls.resolve(base, href));
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:void(0)", "mailto:a@b.c", "#top", "  "})
  void refuses_links_that_are_not_http(String href) {
    assertNull(Urls.resolve("https://www.meetup.com/", href));
  }
}
