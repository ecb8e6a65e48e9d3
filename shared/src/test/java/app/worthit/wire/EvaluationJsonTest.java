package app.worthit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.eval.Evaluation;
import app.worthit.eval.EvaluationText;
import app.worthit.eval.Evaluator;
import app.worthit.eval.LabelledCases;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import org.junit.jupiter.api.Test;

class EvaluationJsonTest {
  private static final String CASE = "{\"id\":\"a\",\"request\":{\"listing\":{\"url\":\"https://www.meetup.com/g/events/1/\","
      + "\"title\":\"Job seekers support circle\"}},\"expect\":{\"verdict\":\"worth-it\",\"rules\":[\"hiring-contacts\"]}}";

  @Test
  void writes_every_figure_and_each_disagreement_with_its_reasons() {
    Evaluation e = Evaluator.evaluate(LabelledCases.parse(CASE + "\n{oops\n"));
    JsonValue json = JsonParser.parse(JsonWriter.write(EvaluationJson.toJson(e)));
    assertEquals("{\"count\":0,\"of\":1,\"percent\":0.0}", JsonWriter.write(json.path("agreement")));
    assertEquals("1", JsonWriter.write(json.path("cases")));
    JsonValue.Obj row = json.path("confusion", "worth-it").asObj();
    assertEquals(1, row.members().values().stream().mapToLong(v -> ((JsonValue.Num) v).longValue()).sum());
    JsonValue d = json.path("disagreements").asArr().items().get(0);
    assertEquals("a", d.path("id").asString());
    assertEquals(e.disagreements().get(0).actual().wire(), d.path("actual").asString());
    assertEquals("[\"hiring-contacts\"]", JsonWriter.write(d.path("missing")));
    assertEquals(e.disagreements().get(0).verdict().reasons().size(), d.path("reasons").asArr().items().size());
    assertEquals("{\"line\":2,\"error\":" + JsonWriter.write(new JsonValue.Str(e.badLines().get(0).message())) + "}",
        JsonWriter.write(json.path("badLines").asArr().items().get(0)));
    assertEquals(JsonWriter.write(json.path("rules").asArr().items().get(0).path("rule")),
        "\"" + e.rules().get(0).rule() + "\"");
    assertEquals(true, EvaluationText.of(e).contains("a (line 1): expected worth-it"));
  }
}
