package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpansTest {
  @Test
  void finds_overlaps_on_either_side_and_inside() {
    Spans spans = new Spans();
    spans.add(10, 12);
    assertTrue(spans.overlaps(11, 15));
    assertTrue(spans.overlaps(5, 11));
    assertTrue(spans.overlaps(0, 100));
    assertTrue(spans.overlaps(10, 11));
    assertFalse(spans.overlaps(12, 14), "touching is not overlapping");
    assertFalse(spans.overlaps(8, 10));
  }

  @Test
  void merged_spans_answer_like_the_ranges_they_came_from() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      Spans spans = new Spans();
      List<int[]> ranges = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        int start = random.nextInt(60);
        int[] range = {start, start + 1 + random.nextInt(5)};
        ranges.add(range);
        spans.add(range[0], range[1]);
        for (int s = 0; s < 70; s++) {
          int e = s + 1 + random.nextInt(4);
          boolean expected = false;
          for (int[] r : ranges) {
            expected |= s < r[1] && r[0] < e;
          }
          assertEquals(expected, spans.overlaps(s, e), "round " + round + " [" + s + ", " + e + ")");
        }
      }
    }
  }
}
