package app.worthit.extension.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.model.Acceptor;
import app.worthit.model.Listing;
import app.worthit.model.Source;
import app.worthit.rules.CommunityVotes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommunityLookupTest {
  private static final String GROUP = "meetup:group:referral-breakfast";
  private static final String GROUP_FIX = "{\"id\":\"g1\",\"key\":\"" + GROUP + "\",\"groupKey\":\"" + GROUP + "\","
      + "\"rules\":{\"members-only-exchange\":false},\"fields\":{\"priceCents\":0},"
      + "\"explanation\":\"Anyone may pass referrals.\",\"by\":\"organiser\"}";

  @Test
  void only_the_pages_keys_are_kept_from_a_prefix_answer() {
    String answer = "{\"aggregates\":[{\"key\":\"meetup:event:1\",\"worthIt\":3,\"notWorthIt\":1},"
        + "{\"key\":\"meetup:event:999\",\"worthIt\":8,\"notWorthIt\":0}],\"syncing\":true}";
    assertEquals(Map.of("meetup:event:1", new CommunityVotes(3, 1)),
        CommunityLookup.answer(answer, Set.of("meetup:event:1", "meetup:event:2")).votes());
  }

  @Test
  void a_missing_or_malformed_answer_counts_as_no_votes() {
    assertEquals(Map.of(), CommunityLookup.answer("null", Set.of("meetup:event:1")).votes());
    assertEquals(Map.of(), CommunityLookup.answer("{\"aggregates\":[{\"key\":\"meetup:event:1\",\"worthIt\":-1,"
        + "\"notWorthIt\":0}]}", Set.of("meetup:event:1")).votes());
    assertEquals(Map.of(), CommunityLookup.answer("not json", Set.of("meetup:event:1")).votes());
  }

  @Test
  void the_corrections_of_the_pages_events_and_groups_are_read_with_the_shared_reader() {
    String other = GROUP_FIX.replace(GROUP, "meetup:group:someone-else").replace("g1", "g2");
    String answer = "{\"aggregates\":[],\"corrections\":[" + GROUP_FIX + "," + other + "]}";
    var fixes = CommunityLookup.answer(answer, Set.of("meetup:event:5", GROUP)).corrections();
    assertEquals(1, fixes.size());
    assertEquals("g1", fixes.get(0).id());
    assertEquals(Map.of("members-only-exchange", false), fixes.get(0).rules());
    assertEquals(0, fixes.get(0).fields().priceCents());
    assertEquals(Acceptor.ORGANISER, fixes.get(0).acceptedBy());
  }

  @Test
  void a_malformed_correction_is_left_out_and_the_others_kept() {
    String unknownRule = GROUP_FIX.replace("members-only-exchange", "members-only").replace("g1", "bad");
    String answer = "{\"aggregates\":[{\"key\":\"" + GROUP + "\",\"worthIt\":1,\"notWorthIt\":0}],"
        + "\"corrections\":[" + unknownRule + "," + GROUP_FIX + "]}";
    CommunityLookup.Answer read = CommunityLookup.answer(answer, Set.of(GROUP));
    assertEquals(List.of("g1"), read.corrections().stream().map(c -> c.id()).toList());
    assertEquals(Map.of(GROUP, new CommunityVotes(1, 0)), read.votes());
  }

  @Test
  void the_subjects_are_the_events_their_meetup_groups_and_the_pages_group() {
    Listing meetup = listing("https://www.meetup.com/referral-breakfast/events/301/", "meetup:event:301", null);
    Listing eventbrite = listing("https://www.eventbrite.ca/e/x-tickets-77", "eventbrite:event:77", "Some Org");
    assertEquals(List.of("meetup:event:301", GROUP, "eventbrite:event:77", "eventbrite:organizer:55"),
        List.copyOf(CommunityLookup.subjects(List.of(meetup, eventbrite), "eventbrite:organizer:55")));
    assertEquals(List.of("eventbrite:event:77"), List.copyOf(CommunityLookup.subjects(List.of(eventbrite), null)));
  }

  private static Listing listing(String url, String key, String group) {
    return new Listing(url, key, Source.OTHER, "t", null, group, null, null, null, null, null, null, null, null, null);
  }
}
