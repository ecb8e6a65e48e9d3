package app.worthit.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.rules.Scorer;
import app.worthit.testing.Fixtures;
import app.worthit.wire.ScoreRequestJson;
import app.worthit.wire.VerdictJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreJsonlTest {
  private static final String A = "{\"listing\":{\"url\":\"https://www.meetup.com/pm-circle/events/312000001/\","
      + "\"title\":\"Product Managers Mixer\",\"description\":\"Meet hiring managers from startups.\"}}";
  private static final String B = "{\"listing\":{\"url\":\"https://www.eventbrite.co.uk/e/career-fair-tickets-812000002\","
      + "\"title\":\"Career Fair\",\"priceCents\":2500},\"profile\":{\"targetTitle\":\"Data Engineer\"}}";

  private static String expected(String request) {
    return JsonWriter.write(VerdictJson.toJson(Scorer.score(ScoreRequestJson.parse(request))));
  }

  @Test
  void writes_one_verdict_per_request_in_input_order() {
    CliRun run = CliRun.of(A + "\n" + B + "\n" + A + "\n", "score", "--jsonl");
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of(expected(A), expected(B), expected(A)), run.lines());
    assertEquals("meetup:event:312000001", VerdictJson.fromJson(JsonParser.parse(run.lines().get(0))).key());
    assertEquals("eventbrite:event:812000002", VerdictJson.fromJson(JsonParser.parse(run.lines().get(1))).key());
  }

  @Test
  void answers_a_bad_line_with_an_error_object_and_goes_on() {
    String wrongType = "{\"listing\":{\"url\":\"https://example.org/a\",\"title\":\"T\",\"priceCents\":\"free\"}}";
    CliRun run = CliRun.of(A + "\n{not json\n" + wrongType + "\n[]\n" + B, "score", "--jsonl");
    assertEquals(0, run.status(), run.err());
    List<String> lines = run.lines();
    assertEquals(5, lines.size());
    assertEquals(expected(A), lines.get(0));
    assertError(lines.get(1), 2, "expected a member name");
    assertEquals("{\"error\":\"listing.priceCents: expected an integer\",\"line\":3}", lines.get(2));
    assertEquals("{\"error\":\"request: expected an object\",\"line\":4}", lines.get(3));
    assertEquals(expected(B), lines.get(4));
  }

  @Test
  void skips_blank_lines_but_counts_them_in_line_numbers() {
    CliRun run = CliRun.of("\n" + A + "\r\n   \r\n\t\n{}\n\n", "score", "--jsonl");
    assertEquals(List.of(expected(A), "{\"error\":\"listing: required\",\"line\":5}"), run.lines());
  }

  @Test
  void refuses_an_oversized_line_without_holding_it_and_goes_on() {
    String huge = "{\"listing\":{\"url\":\"https://example.org/a\",\"title\":\""
        + "x".repeat(ScoreRequestJson.MAX_CHARS + 10) + "\"}}";
    CliRun run = CliRun.of(huge + "\n" + A + "\n", "score", "--jsonl");
    assertEquals(2, run.lines().size());
    assertError(run.lines().get(0), 1, "line longer than");
    assertEquals(expected(A), run.lines().get(1));
  }

  @Test
  void refuses_deep_nesting_on_a_line_cleanly() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    CliRun run = CliRun.of(deep + "\n" + A, "score", "--jsonl");
    assertError(run.lines().get(0), 1, "nested deeper");
    assertEquals(expected(A), run.lines().get(1));
  }

  @Test
  void prints_nothing_for_empty_input() {
    CliRun run = CliRun.of("", "score", "--jsonl");
    assertEquals(0, run.status());
    assertEquals("", run.out());
  }

  @Test
  void scores_every_labelled_case_like_the_scorer_does() {
    StringBuilder in = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (String line : Fixtures.read("scoring-cases.jsonl").split("\n")) {
      if (!line.isBlank()) {
        String request = JsonWriter.write(JsonParser.parse(line).path("request"));
        in.append(request).append('\n');
        expected.add(expected(request));
      }
    }
    CliRun run = CliRun.of(in.toString(), "score", "--jsonl");
    assertEquals(expected, run.lines());
  }

  private static void assertError(String line, int number, String fragment) {
    JsonValue v = JsonParser.parse(line);
    assertEquals(number, ((JsonValue.Num) v.path("line")).longValue(), line);
    assertTrue(v.path("error").asString().contains(fragment), line);
  }
}
