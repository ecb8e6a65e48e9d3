package app.worthit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonException;
import app.worthit.json.JsonWriter;
import app.worthit.model.Profile;
import app.worthit.model.ScoreRequest;
import org.junit.jupiter.api.Test;

class ScoreRequestJsonTest {
  private static final String LISTING = "{\"url\":\"https://example.org/e/1\",\"title\":\"Mixer\"}";

  private static String failure(String text) {
    RuntimeException e = assertThrows(RuntimeException.class, () -> ScoreRequestJson.parse(text));
    assertTrue(e instanceof JsonException || e instanceof WireException, e.toString());
    return e.getMessage();
  }

  @Test
  void reads_a_request_with_and_without_a_profile() {
    ScoreRequest bare = ScoreRequestJson.parse("{\"listing\":" + LISTING + "}");
    assertEquals("Mixer", bare.listing().title());
    assertEquals(Profile.EMPTY, bare.profile());
    ScoreRequest personal =
        ScoreRequestJson.parse("{\"profile\":{\"industry\":\"health\"},\"listing\":" + LISTING + ",\"id\":\"x\"}");
    assertEquals("health", personal.profile().industry());
    assertEquals(Profile.EMPTY, ScoreRequestJson.parse("{\"listing\":" + LISTING + ",\"profile\":null}").profile());
  }

  @Test
  void round_trips_through_its_own_output() {
    String text = "{\"listing\":{\"url\":\"https://example.org/e/1\",\"key\":\"url:https://example.org/e/1\","
        + "\"source\":\"other\",\"title\":\"Mixer\"},\"profile\":{\"targetTitle\":\"PM\"}}";
    assertEquals(text, JsonWriter.write(ScoreRequestJson.toJson(ScoreRequestJson.parse(text))));
    String bare = "{\"listing\":{\"url\":\"https://example.org/e/1\",\"key\":\"k\",\"source\":\"other\",\"title\":\"M\"}}";
    assertEquals(bare, JsonWriter.write(ScoreRequestJson.toJson(ScoreRequestJson.parse(bare))));
  }

  @Test
  void names_nested_fields_in_errors() {
    assertEquals("listing.priceCents: expected an integer",
        failure("{\"listing\":{\"url\":\"https://example.org/a\",\"title\":\"T\",\"priceCents\":{}}}"));
    assertEquals("profile.industry: expected a string",
        failure("{\"listing\":" + LISTING + ",\"profile\":{\"industry\":1}}"));
    assertEquals("listing: required", failure("{\"profile\":{}}"));
    assertEquals("listing: expected an object", failure("{\"listing\":\"https://example.org\"}"));
    assertEquals("request: expected an object", failure("[]"));
  }

  @Test
  void refuses_malformed_json_with_a_message() {
    assertTrue(failure("{\"listing\":").startsWith("unexpected end of JSON"));
    assertTrue(failure("").startsWith("unexpected end of JSON"));
    assertTrue(failure("{'listing':1}").startsWith("expected a member name"));
  }

  @Test
  void refuses_deep_nesting_without_overflowing_the_stack() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);
    String message = failure("{\"listing\":" + LISTING + ",\"extra\":" + deep + "}");
    assertTrue(message.contains("too large") || message.contains("nested deeper"), message);
    String moderate = "[".repeat(1000) + "]".repeat(1000);
    assertTrue(failure("{\"listing\":" + LISTING + ",\"extra\":" + moderate + "}").contains("nested deeper than 32"));
  }

  @Test
  void refuses_huge_input_before_parsing_it() {
    String huge = "{\"listing\":{\"url\":\"https://example.org/a\",\"title\":\"T\",\"description\":\""
        + "x".repeat(ScoreRequestJson.MAX_CHARS) + "\"}}";
    assertTrue(failure(huge).startsWith("JSON text too large"));
  }

  @Test
  void accepts_a_large_but_reasonable_description() {
    String desc = "Networking for engineers. ".repeat(4000);
    ScoreRequest r = ScoreRequestJson.parse(
        "{\"listing\":{\"url\":\"https://example.org/a\",\"title\":\"T\",\"description\":\"" + desc + "\"}}");
    assertEquals(desc, r.listing().description());
  }
}
