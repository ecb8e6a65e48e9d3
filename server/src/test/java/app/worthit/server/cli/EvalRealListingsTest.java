package app.worthit.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** {@code eval --json} on ../shared/fixtures/real-listings: every line read, every case scored. */
class EvalRealListingsTest {
  @Test
  void evaluates_every_real_listing_without_a_bad_line() {
    String file = Fixtures.file("real-listings/real-listings.jsonl").toString();
    CliRun run = CliRun.of("", "eval", "--json", file);
    assertEquals(0, run.status(), run.err());
    JsonValue json = JsonParser.parse(run.lines().get(0));
    assertEquals("[]", JsonWriter.write(json.path("badLines")));
    long lines = Fixtures.read("real-listings/real-listings.jsonl").lines().filter(l -> !l.isBlank()).count();
    assertEquals(lines, ((JsonValue.Num) json.path("cases")).longValue());
    assertTrue(lines >= 400, "real listings: " + lines);
    CliRun text = CliRun.of("", "eval", file);
    assertTrue(text.out().startsWith(lines + " cases scored, 0 bad lines\n"), text.out());
  }
}
