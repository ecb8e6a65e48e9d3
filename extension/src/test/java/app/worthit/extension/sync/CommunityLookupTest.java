package app.worthit.extension.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.rules.CommunityVotes;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommunityLookupTest {
  @Test
  void only_the_pages_keys_are_kept_from_a_prefix_answer() {
    String answer = "{\"aggregates\":[{\"key\":\"meetup:event:1\",\"worthIt\":3,\"notWorthIt\":1},"
        + "{\"key\":\"meetup:event:999\",\"worthIt\":8,\"notWorthIt\":0}],\"syncing\":true}";
    assertEquals(Map.of("meetup:event:1", new CommunityVotes(3, 1)),
        CommunityLookup.votes(answer, Set.of("meetup:event:1", "meetup:event:2")));
  }

  @Test
  void a_missing_or_malformed_answer_counts_as_no_votes() {
    assertEquals(Map.of(), CommunityLookup.votes("null", Set.of("meetup:event:1")));
    assertEquals(Map.of(), CommunityLookup.votes("{\"aggregates\":[{\"key\":\"meetup:event:1\",\"worthIt\":-1,"
        + "\"notWorthIt\":0}]}", Set.of("meetup:event:1")));
    assertEquals(Map.of(), CommunityLookup.votes("not json", Set.of("meetup:event:1")));
  }
}
