package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.model.Reason;
import app.worthit.model.ScoreRequest;
import app.worthit.model.Verdict;
import app.worthit.testing.Fixtures;
import app.worthit.wire.ScoreRequestJson;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** fixtures/scoring-cases.jsonl: verdict equal, every expected rule fired, no forbidden rule fired. */
class ScoringCasesTest {
  /** One labelled line: the request as read by the wire format, and what is expected of its verdict. */
  record ScoringCase(String id, ScoreRequest request, String verdict, List<String> rules, List<String> forbid) {
    static ScoringCase parse(String line) {
      JsonValue v = JsonParser.parse(line);
      JsonValue expect = v.path("expect");
      return new ScoringCase(v.path("id").asString(), ScoreRequestJson.fromJson(v.path("request")),
          expect.path("verdict").asString(), strings(expect.path("rules")), strings(expect.path("forbid")));
    }

    private static List<String> strings(JsonValue arr) {
      List<String> out = new ArrayList<>();
      if (!arr.isNull()) {
        for (JsonValue item : arr.asArr().items()) {
          out.add(item.asString());
        }
      }
      return out;
    }
  }

  @TestFactory
  Stream<DynamicTest> every_labelled_case_gets_its_verdict_and_rules() {
    List<ScoringCase> cases = new ArrayList<>();
    for (String line : Fixtures.read("scoring-cases.jsonl").split("\n")) {
      if (!line.isBlank()) {
        cases.add(ScoringCase.parse(line));
      }
    }
    assertFalse(cases.isEmpty());
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)));
  }

  private static void check(ScoringCase c) {
    Verdict v = Scorer.score(c.request());
    List<String> fired = new ArrayList<>();
    for (Reason r : v.reasons()) {
      fired.add(r.rule());
    }
    String seen = c.id() + " gave " + v.verdict().wire() + " " + v.score() + " " + v.reasons();
    assertEquals(c.verdict(), v.verdict().wire(), seen);
    for (String rule : c.rules()) {
      assertTrue(fired.contains(rule), "missing " + rule + ": " + seen);
    }
    for (String rule : c.forbid()) {
      assertFalse(fired.contains(rule), "forbidden " + rule + ": " + seen);
    }
  }
}
