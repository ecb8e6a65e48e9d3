package app.worthit.extension.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SyncBackoffTest {
  @Test
  void no_failure_means_no_wait() {
    assertEquals(0, SyncBackoff.delayMillis(0, 0));
  }

  @Test
  void waits_double_from_five_seconds_after_each_failure() {
    assertEquals(5_000, SyncBackoff.delayMillis(1, 0));
    assertEquals(10_000, SyncBackoff.delayMillis(2, 0));
    assertEquals(20_000, SyncBackoff.delayMillis(3, 0));
    assertEquals(640_000, SyncBackoff.delayMillis(8, 0));
  }

  @Test
  void waits_never_exceed_fifteen_minutes_however_many_failures() {
    assertEquals(SyncBackoff.CAP_MILLIS, SyncBackoff.delayMillis(9, 0));
    assertEquals(SyncBackoff.CAP_MILLIS, SyncBackoff.delayMillis(1_000_000, 0));
  }

  @Test
  void a_servers_retry_after_is_honoured_up_to_the_cap() {
    assertEquals(30_000, SyncBackoff.delayMillis(1, 30_000));
    assertEquals(20_000, SyncBackoff.delayMillis(3, 1_000));
    assertEquals(SyncBackoff.CAP_MILLIS, SyncBackoff.delayMillis(1, 3_600_000));
  }
}
