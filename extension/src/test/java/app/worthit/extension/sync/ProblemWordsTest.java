package app.worthit.extension.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemWordsTest {
  private static final String SERVER = "http://localhost:7070";

  @Test
  void no_answer_names_the_server_and_reassures_that_nothing_is_lost() {
    assertEquals("Cannot reach the sync server at http://localhost:7070 (Failed to fetch). Your data is safe here "
        + "and will sync when it is back.", ProblemWords.of(0, "Failed to fetch", SERVER));
  }

  @Test
  void a_problem_json_detail_is_shown() {
    String body = "{\"type\":\"urn:worthit:problem:invalid-request\",\"title\":\"Invalid request\",\"status\":400,"
        + "\"detail\":\"the pairing code is wrong, already used or expired\"}";
    assertEquals("The sync server refused the request (HTTP 400): the pairing code is wrong, already used or expired.",
        ProblemWords.of(400, body, SERVER));
  }

  @Test
  void the_title_stands_in_for_a_missing_detail_and_plain_text_bodies_are_not_shown() {
    assertEquals("The sync server asks to slow down: Too many requests.",
        ProblemWords.of(429, "{\"title\":\"Too many requests\",\"status\":429}", SERVER));
    assertEquals("The sync server failed (HTTP 502).", ProblemWords.of(502, "<html>Bad gateway</html>", SERVER));
  }

  @Test
  void an_unauthorized_answer_says_the_browser_was_disconnected() {
    assertEquals("This browser is no longer connected to the sync account (it was revoked or the account was deleted).",
        ProblemWords.of(401, "{\"status\":401}", SERVER));
  }
}
