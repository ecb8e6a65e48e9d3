package app.worthit.server.page;

import static app.worthit.server.page.ExtractedPages.assertListing;
import static app.worthit.server.page.ExtractedPages.byKey;
import static app.worthit.server.page.ExtractedPages.keys;
import static app.worthit.server.page.ExtractedPages.real;
import static app.worthit.server.page.ExtractedPages.realCardsOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Listing;
import app.worthit.model.Recurrence;
import app.worthit.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extraction from every real saved page in ../shared/fixtures/pages. */
class RealPagesExtractionTest {

  @Test
  void meetup_event_page_nyctechmixer_gives_the_event_with_its_rsvp_count_from_apollo() {
    List<Listing> ls = real("meetup_event_page_nextjs_nyctechmixer_2026-06.html");
    assertEquals(List.of("meetup:event:311245599"), keys(ls));
    Listing l = ls.get(0);
    assertListing(l, "NYC Tech Mixer 2026", "2026-06-25T18:00:00-04:00", "NYC Tech Meetup", 0, 772);
    assertEquals("https://www.meetup.com/nyctechmixer/events/311245599/", l.url());
    assertEquals(Source.MEETUP, l.source());
    assertEquals(Boolean.FALSE, l.online());
    assertEquals("2026-06-25T21:00:00-04:00", l.endsAt());
    assertNull(l.capacity(), "maxTickets 0 means no limit");
    assertTrue(l.description().length() > 400, "the full Apollo description beats JSON-LD's 150 chars");
  }

  @Test
  void meetup_event_page_startup_designers_gives_capacity_and_hebrew_text() {
    List<Listing> ls = real("meetup_event_page_nextjs_startup-designers_2026-06.html");
    assertEquals(List.of("meetup:event:315022301"), keys(ls));
    Listing l = ls.get(0);
    assertListing(l, "Startup Designers: Lets Meet #41", "2026-06-17T19:00:00+03:00", "Startup Designers", 0, 255);
    assertEquals(300, l.capacity());
    assertTrue(l.description().startsWith("**\u05d4\u05ea\u05d2\u05e2\u05d2\u05e2\u05e0\u05d5"), l.description());
  }

  @Test
  void meetup_group_home_gives_every_event_of_the_apollo_cache_with_going_counts() {
    List<Listing> ls = real("meetup_group_home_nextjs_backend-ljubljana_2024-05.html");
    assertEquals(List.of("meetup:event:300759451", "meetup:event:293716925", "meetup:event:290995171",
        "meetup:event:285804014", "meetup:event:282378391"), keys(ls));
    String group = "Backend developers of Ljubljana";
    // The upcoming event is also in JSON-LD, whose UTC start time is the most trusted.
    assertListing(ls.get(0), "Backend meets AI", "2024-05-16T16:00:00.000Z", group, 0, 70);
    assertListing(ls.get(1), "Pre-summer Backend x Python meetup", "2023-06-01T19:00:00+02:00", group, 0, 30);
    assertListing(ls.get(2), "Backend meetup - The art of processes", "2023-01-26T18:00:00+01:00", group, 0, 76);
    assertListing(ls.get(3), "May 2022 grand picnic meetup!", "2022-05-16T17:30:00+02:00", group, 0, 16);
    assertListing(ls.get(4), "Backend meetup: Winter edition", "2021-12-09T18:00:00+01:00", group, 0, 114);
    assertEquals(Boolean.TRUE, ls.get(4).online());
    assertTrue(ls.get(0).groupDescription().startsWith("A group intended for developers interested in backend"),
        ls.get(0).groupDescription());
  }

  @Test
  void meetup_group_past_events_gives_the_ten_past_cards_from_apollo() {
    List<Listing> ls = real("meetup_group_past_events_nextjs_aws-ljubljana_2024-05.html");
    assertEquals(10, ls.size());
    assertEquals(List.of(35, 29, 30, 27, 34, 44, 32, 35, 21, 37),
        ls.stream().map(Listing::attendeeCount).toList());
    assertEquals(List.of("300304281", "299316561", "298997454", "298613245", "297618670", "297134175",
            "296705668", "296131124", "295654416", "294900501"),
        ls.stream().map(l -> l.key().substring("meetup:event:".length())).toList());
    assertListing(ls.get(0), "AWS UG Ljubljana - April 2024", "2024-04-25T18:00:00+02:00",
        "AWS User Group Ljubljana", 0, 35);
    assertListing(ls.get(9), "AWS UG Ljubljana - Julij 2023", "2023-07-27T18:00:00+02:00",
        "AWS User Group Ljubljana", 0, 37);
  }

  @Test
  void eventbrite_event_page_gives_the_business_event_with_its_price_and_organizer() {
    List<Listing> ls = real("eventbrite_event_page_nextjs_games-for-change_2026-06.html");
    assertEquals(List.of("eventbrite:event:1982011672266"), keys(ls));
    Listing l = ls.get(0);
    assertListing(l, "2026 Games for Change Festival", "2026-07-21T09:30:00-04:00", "Games For Change", 45000, null);
    assertEquals("USD", l.currency());
    assertEquals("2026-07-22T18:30:00-04:00", l.endsAt());
    assertEquals(Source.EVENTBRITE, l.source());
    assertEquals(Boolean.FALSE, l.online());
    assertTrue(l.groupDescription().startsWith("Founded in 2004, Games for Change"), l.groupDescription());
  }

  @Test
  void eventbrite_organizer_page_gives_the_24_events_of_its_item_list_and_server_data() {
    List<Listing> ls = real("eventbrite_organizer_profile_queerlit_2025-05.html");
    assertEquals(24, ls.size());
    assertEquals(24, ls.stream().map(Listing::key).distinct().count());
    assertTrue(ls.stream().allMatch(l -> "Queer Lit & Social Refuge".equals(l.groupName())));
    assertTrue(ls.stream().allMatch(l -> l.url().startsWith("https://www.eventbrite.co.uk/e/")));
    assertTrue(ls.stream().allMatch(l -> l.startsAt() != null && "GBP".equals(l.currency())));
    assertListing(byKey(ls, "eventbrite:event:1024759512287"), "Ancoats Quiz Night", "2024-10-03T19:00:00+0100",
        "Queer Lit & Social Refuge", 250, null);
    assertListing(byKey(ls, "eventbrite:event:1034767436257"), "Woolly Club", "2024-10-13T11:00:00+0100",
        "Queer Lit & Social Refuge", 0, null);
    assertListing(byKey(ls, "eventbrite:event:1330808677579"), "Art 4 All", "2025-05-11T15:30:00+0100",
        "Queer Lit & Social Refuge", 613, null);
    // Neither the JSON-LD nor the server data carries a price for this one.
    assertNull(byKey(ls, "eventbrite:event:1255725521839").priceCents());
    assertEquals(Recurrence.BIWEEKLY, byKey(ls, "eventbrite:event:1334997636869").recurrence());
    assertEquals(Recurrence.MONTHLY, byKey(ls, "eventbrite:event:1360290197599").recurrence());
  }

  @Test
  void eventbrite_hydrated_cards_give_three_events_with_prices_from_the_card() {
    List<Listing> ls = real("eventbrite_event_cards_hydrated_orgprofile_2025-02.html");
    assertEquals(List.of("eventbrite:event:1226968358389", "eventbrite:event:1132246231959",
        "eventbrite:event:1233959729769"), keys(ls));
    assertListing(ls.get(0), "Community Gardening in Islington - Market Road Gardens", "null", "null", 0, null);
    assertListing(ls.get(1), "Rights & Entitlements of Homeless EU Migrants", "null", "null", 0, null);
    assertEquals(Boolean.TRUE, ls.get(1).online());
    assertListing(ls.get(2), "Under 15 Girls Cup Final", "null", "null", 0, null);
    assertEquals("GBP", ls.get(2).currency(), "From \u00a30.00");
    assertEquals("https://www.eventbrite.co.uk/e/under-15-girls-cup-final-tickets-1233959729769", ls.get(2).url());
  }

  @Test
  void eventbrite_search_item_list_gives_eight_events_on_com_and_ca_with_date_only_starts() {
    List<Listing> ls = real("torontobuilds_eventbrite_search_listing_jsonld_trimmed_2026-09.html");
    assertEquals(8, ls.size());
    assertListing(ls.get(0), "Global Data Centre & Cloud Expo Canada", "2026-10-20", "null", null, null);
    assertListing(ls.get(1), "Impact AI Toronto", "2026-10-14", "null", null, null);
    assertEquals("eventbrite:event:1998489415640", ls.get(1).key());
    assertEquals("https://www.eventbrite.ca/e/impact-ai-toronto-tickets-1998489415640", ls.get(1).url());
    assertListing(ls.get(7), "The Future of Design and Construction | 2026 Toronto Summit", "2026-11-04", "null", null, null);
    assertTrue(ls.stream().allMatch(l -> l.description() != null && Boolean.FALSE.equals(l.online())));
  }

  @Test
  void meetup_find_json_ld_array_gives_twelve_events_with_groups_and_full_descriptions() {
    List<Listing> ls = real("torontobuilds_meetup_find_jsonld_trimmed_2026-09.html");
    assertEquals(12, ls.size());
    assertListing(ls.get(0), "TechTalk (In-Person) - September 2026", "2026-09-29T22:00:00.000Z",
        "Toronto JavaScript", null, null);
    assertEquals("meetup:event:316396828", ls.get(0).key());
    Listing online = ls.get(1);
    assertEquals("meetup:event:315874477", online.key());
    assertEquals("How to Explore Your Unconscious", online.groupName());
    assertEquals(Boolean.TRUE, online.online());
    assertListing(ls.get(11), "Health Toronto | Sept 28, 2026", "2026-09-28T22:00:00.000Z", "TechTO", null, null);
    assertTrue(ls.get(0).description().length() > 1000, "find pages carry the full description");
    assertNotNull(byKey(ls, "meetup:event:316671713"));
  }

  @Test
  void meetup_group_cards_alone_give_titles_and_attendee_counts_from_the_dom() {
    List<Listing> past = realCardsOnly("meetup_group_past_events_nextjs_aws-ljubljana_2024-05.html");
    assertEquals(keys(real("meetup_group_past_events_nextjs_aws-ljubljana_2024-05.html")), keys(past));
    assertEquals(List.of(35, 29, 30, 27, 34, 44, 32, 35, 21, 37),
        past.stream().map(Listing::attendeeCount).toList());
    assertEquals("AWS UG Ljubljana - Oktober 2023", past.get(6).title());
    List<Listing> home = realCardsOnly("meetup_group_home_nextjs_backend-ljubljana_2024-05.html");
    assertEquals(List.of("meetup:event:300759451", "meetup:event:293716925"), keys(home));
    assertListing(home.get(0), "Backend meets AI", "null", "null", null, 70);
    assertListing(home.get(1), "Pre-summer Backend x Python meetup", "null", "null", null, 30);
  }
}
