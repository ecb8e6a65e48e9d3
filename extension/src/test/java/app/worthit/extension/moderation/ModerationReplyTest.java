package app.worthit.extension.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModerationReplyTest {
  @Test
  void a_worker_reply_is_read_with_its_status_body_and_error() {
    ModerationReply ok = ModerationReply.of("{\"connected\":true,\"status\":201,\"body\":{\"status\":\"applied\"},\"error\":null}");
    assertTrue(ok.ok());
    assertEquals("applied", ok.body().path("status").asString());
    ModerationReply refused = ModerationReply.of("{\"connected\":true,\"status\":400,\"body\":null,"
        + "\"error\":\"The sync server refused the request (HTTP 400): explanation must be 1 to 500 characters.\"}");
    assertFalse(refused.ok());
    assertEquals("The sync server refused the request (HTTP 400): explanation must be 1 to 500 characters.", refused.error());
  }

  @Test
  void without_an_account_the_reply_says_not_connected() {
    ModerationReply none = ModerationReply.of("{\"connected\":false,\"status\":0,\"body\":null,\"error\":null}");
    assertFalse(none.connected());
    assertFalse(none.ok());
  }

  @Test
  void no_reply_at_all_is_a_failure_in_words() {
    ModerationReply gone = ModerationReply.of("null");
    assertFalse(gone.ok());
    assertEquals("The extension did not answer; reload the page and try again.", gone.error());
  }
}
