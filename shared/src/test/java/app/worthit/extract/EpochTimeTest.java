package app.worthit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EpochTimeTest {
  @Test
  void agrees_with_java_time_across_centuries_and_leap_days() {
    Random random = new Random(42);
    long[] fixed = {0L, 951_782_400_000L, 1_669_917_600_000L, 4_107_542_399_000L, -86_400_000L};
    for (long ms : fixed) {
      assertEquals(Instant.ofEpochMilli(ms).toString(), EpochTime.isoUtc(ms));
    }
    for (int i = 0; i < 10_000; i++) {
      long ms = (random.nextLong() % 4_000_000_000L) * 1000L;
      assertEquals(Instant.ofEpochMilli(ms).toString(), EpochTime.isoUtc(ms), Long.toString(ms));
    }
  }

  @Test
  void only_epoch_millisecond_digits_are_converted() {
    assertEquals("2022-12-01T18:00:00Z", EpochTime.fromDigits("1669917600000"));
    assertNull(EpochTime.fromDigits("2022"));
    assertNull(EpochTime.fromDigits("1669917600000x"));
    assertNull(EpochTime.fromDigits(null));
  }
}
