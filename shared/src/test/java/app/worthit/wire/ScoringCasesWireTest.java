package app.worthit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.model.ScoreRequest;
import app.worthit.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ScoringCasesWireTest {
  @Test
  void reads_every_labelled_request_and_round_trips_it() {
    int cases = 0;
    for (String line : Fixtures.read("scoring-cases.jsonl").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonValue request = JsonParser.parse(line).path("request");
      ScoreRequest read = ScoreRequestJson.fromJson(request);
      String written = JsonWriter.write(ScoreRequestJson.toJson(read));
      assertEquals(read, ScoreRequestJson.parse(written), line);
      assertTrue(!read.listing().key().startsWith("url:"), "no subject key derived for " + line);
      cases++;
    }
    assertTrue(cases > 0, "no scoring cases read");
  }
}
