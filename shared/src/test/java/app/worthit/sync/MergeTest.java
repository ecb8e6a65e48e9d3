package app.worthit.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MergeTest {
  private static Change rating(String key, long wall, String device, String vote, boolean deleted) {
    JsonValue value = new JsonValue.Obj(Map.of("vote", new JsonValue.Str(vote)));
    return new Change(RecordKind.RATING, key, value, new Hlc(wall, 0, device), deleted);
  }

  @Test
  void the_greatest_clock_wins_and_a_tombstone_is_kept() {
    Change early = rating("k", 10, "a", Vote.WORTH_IT, false);
    Change delete = rating("k", 20, "b", Vote.WORTH_IT, true);
    Change stale = rating("k", 15, "c", Vote.NOT_WORTH_IT, false);
    TreeMap<RecordId, Change> state = Merge.apply(Map.of(), List.of(early, delete, stale));
    assertEquals(delete, state.get(early.id()));
    assertEquals(JsonValue.Null.INSTANCE, state.get(early.id()).value());
  }

  @Test
  void any_order_and_any_repetition_give_the_same_state() {
    Random random = new Random(42);
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      changes.add(rating("k" + random.nextInt(10), random.nextInt(50), "d" + random.nextInt(3),
          random.nextBoolean() ? Vote.WORTH_IT : Vote.NOT_WORTH_IT, random.nextInt(5) == 0));
    }
    TreeMap<RecordId, Change> expected = null;
    for (int round = 0; round < 20; round++) {
      List<Change> shuffled = new ArrayList<>(changes);
      shuffled.addAll(changes.subList(0, random.nextInt(changes.size())));
      Collections.shuffle(shuffled, random);
      TreeMap<RecordId, Change> state = Merge.apply(Map.of(), shuffled.subList(0, shuffled.size() / 2));
      state = Merge.apply(state, shuffled.subList(shuffled.size() / 2, shuffled.size()));
      if (expected == null) {
        expected = state;
      }
      assertEquals(expected, state);
    }
  }
}
