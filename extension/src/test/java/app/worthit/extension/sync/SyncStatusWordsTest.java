package app.worthit.extension.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SyncStatusWordsTest {
  private static final long NOW = 1_764_000_000_000L;

  @Test
  void without_an_account_nothing_syncs() {
    assertEquals("Not syncing: everything stays in this browser.", SyncStatusWords.of(false, SyncStatus.NEVER, NOW));
  }

  @Test
  void a_success_says_when_and_what_waits() {
    assertEquals("Last synced just now. Everything is up to date.",
        SyncStatusWords.of(true, SyncStatus.NEVER.succeeded(NOW - 2_000, 0), NOW));
    assertEquals("Last synced 3 minutes ago. 1 change waiting to sync.",
        SyncStatusWords.of(true, SyncStatus.NEVER.succeeded(NOW - 180_000, 1), NOW));
    assertEquals("Never synced yet.", SyncStatusWords.of(true, SyncStatus.NEVER, NOW));
  }

  @Test
  void a_failure_gives_the_error_the_last_success_and_the_next_try() {
    SyncStatus failed = SyncStatus.NEVER.succeeded(NOW - 7_200_000, 0).failed("Cannot reach the server.", NOW + 40_000, 2);
    assertEquals("Sync failed: Cannot reach the server. Last synced 2 hours ago. Trying again in 40 seconds. "
        + "2 changes waiting to sync.", SyncStatusWords.of(true, failed, NOW));
    assertEquals(1, failed.failures());
    SyncStatus revoked = SyncStatus.NEVER.failed("Disconnected.", 0, 0);
    assertEquals("Sync failed: Disconnected. Never synced yet. Not retrying: connect this browser again below.",
        SyncStatusWords.of(true, revoked, NOW));
  }

  @Test
  void the_status_survives_storage() {
    SyncStatus s = SyncStatus.NEVER.succeeded(NOW, 3).failed("x", NOW + 5, 4);
    assertEquals(s, SyncStatus.fromJson(s.toJson()));
  }
}
