package app.worthit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The eval command's tables with the real scorer on a listing in German: a neutral row, no red flag. */
class LanguageEvaluationTest {
  private static final String GERMAN = "{\"id\":\"de\",\"request\":{\"listing\":{\"url\":\"https://www.meetup.com/g/events/1/\","
      + "\"title\":\"Selbsthilfegruppe f\u00fcr Arbeitsuchende\",\"description\":\"Jede Woche treffen wir uns, um \u00fcber"
      + " unsere Sorgen bei der Jobsuche zu sprechen und uns gegenseitig Mut zu machen.\"}},"
      + "\"expect\":{\"verdict\":\"maybe\",\"rules\":[\"language\"],\"forbid\":[\"support-group\"]}}";

  @Test
  void the_language_reason_is_a_row_of_its_own_and_no_red_flag() {
    Evaluation e = Evaluator.evaluate(LabelledCases.parse(GERMAN));
    assertTrue(e.badLines().isEmpty(), e.badLines().toString());
    assertEquals(new Ratio(1, 1), e.agreement());
    assertEquals(new RuleCounts("language", 1, 1, 0, 0),
        e.rules().stream().filter(r -> r.rule().equals("language")).findFirst().orElseThrow());
    assertEquals(0, e.redFlags().fired());
    assertTrue(EvaluationText.of(e).contains("language "), EvaluationText.of(e));
  }
}
