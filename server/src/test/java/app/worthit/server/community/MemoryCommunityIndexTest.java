package app.worthit.server.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.worthit.server.db.AggregateRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryCommunityIndexTest {
  @Test
  void answers_in_prefix_order_then_key_order() {
    MemoryCommunityIndex index = MemoryCommunityIndex.of(List.of(
        new AggregateRow("k-c", "00ff", 1, 0), new AggregateRow("k-a", "00ff", 0, 2), new AggregateRow("k-b", "abcd", 3, 1)));
    assertEquals(List.of(new Aggregate("k-b", 3, 1), new Aggregate("k-a", 0, 2), new Aggregate("k-c", 1, 0)),
        index.lookup(List.of("abcd", "00ff", "ffff")));
  }

  @Test
  void moves_counts_and_drops_a_key_at_zero() {
    MemoryCommunityIndex index = MemoryCommunityIndex.of(List.of());
    index.apply("1234", new VoteDelta("k-1", 1, 0));
    index.apply("1234", new VoteDelta("k-2", 0, 1));
    index.apply("1234", new VoteDelta("k-1", 1, 1));
    assertEquals(List.of(new Aggregate("k-1", 2, 1), new Aggregate("k-2", 0, 1)), index.lookup(List.of("1234")));
    index.apply("1234", new VoteDelta("k-1", -2, -1));
    index.apply("1234", new VoteDelta("k-2", 0, -1));
    assertEquals(List.of(), index.lookup(List.of("1234")));
  }

  @Test
  void finds_nothing_under_what_is_not_a_prefix_and_refuses_to_file_under_it() {
    MemoryCommunityIndex index = MemoryCommunityIndex.of(List.of(new AggregateRow("k", "0000", 1, 0)));
    assertEquals(List.of(), index.lookup(List.of("000", "00000", "ABCD", "zz00")));
    assertThrows(IllegalArgumentException.class, () -> index.apply("ABCD", new VoteDelta("k", 1, 0)));
  }
}
