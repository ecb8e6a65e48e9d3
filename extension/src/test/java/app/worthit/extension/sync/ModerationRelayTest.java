package app.worthit.extension.sync;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModerationRelayTest {
  @Test
  void only_the_servers_url_safe_ids_go_into_a_proof_path() {
    assertTrue(ModerationRelay.safeId("EIVwROFoIGopoXeQxrWW1Q"));
    assertTrue(ModerationRelay.safeId("a-b_c"));
    assertFalse(ModerationRelay.safeId("../accounts"));
    assertFalse(ModerationRelay.safeId("id?x=1"));
    assertFalse(ModerationRelay.safeId(""));
    assertFalse(ModerationRelay.safeId(null));
    assertFalse(ModerationRelay.safeId("x".repeat(65)));
  }

  @Test
  void the_relay_takes_the_moderation_messages_and_no_others() {
    assertTrue(ModerationRelay.handles("claims"));
    assertTrue(ModerationRelay.handles("claim"));
    assertTrue(ModerationRelay.handles("proof"));
    assertTrue(ModerationRelay.handles("correct"));
    assertFalse(ModerationRelay.handles("community"));
    assertFalse(ModerationRelay.handles("sync-now"));
  }
}
