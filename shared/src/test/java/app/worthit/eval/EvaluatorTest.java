package app.worthit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.VerdictLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  static final String FILE = String.join("\n",
      Cases.line("a", "Support circle", "skip", "support-group", ""),
      Cases.line("b", "Hiring fair", "worth-it", "hiring-contacts", "vendor-heavy"),
      Cases.line("c", "Coffee chats", "maybe", "", "support-group"),
      Cases.line("d", "Founders hiring", "worth-it", "hiring-contacts", ""));
  static final Map<String, String> ANSWERS = Map.of(
      "Support circle", "skip support-group:-30",
      "Hiring fair", "skip vendor-heavy:-30",
      "Coffee chats", "maybe one-to-one:15,support-group:-30",
      "Founders hiring", "worth-it hiring-contacts:25,vendor-heavy:-30");

  static Evaluation evaluation() {
    return Evaluator.evaluate(LabelledCases.parse(FILE), Cases.scorer(ANSWERS));
  }

  private static RuleCounts rule(Evaluation e, String id) {
    return e.rules().stream().filter(r -> r.rule().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void counts_verdict_agreement_and_the_confusion_matrix() {
    Evaluation e = evaluation();
    assertEquals(new Ratio(3, 4), e.agreement());
    assertEquals("75.0", e.agreement().percentText());
    assertEquals(1, e.confusion().count(VerdictLevel.SKIP, VerdictLevel.SKIP));
    assertEquals(1, e.confusion().count(VerdictLevel.WORTH_IT, VerdictLevel.SKIP));
    assertEquals(1, e.confusion().count(VerdictLevel.WORTH_IT, VerdictLevel.WORTH_IT));
    assertEquals(1, e.confusion().count(VerdictLevel.MAYBE, VerdictLevel.MAYBE));
    assertEquals(0, e.confusion().count(VerdictLevel.SKIP, VerdictLevel.WORTH_IT));
  }

  @Test
  void counts_a_fired_rule_by_whether_it_was_expected_forbidden_or_neither() {
    Evaluation e = evaluation();
    assertEquals(new RuleCounts("support-group", 2, 1, 1, 0), rule(e, "support-group"));
    assertEquals(new RuleCounts("hiring-contacts", 1, 1, 0, 1), rule(e, "hiring-contacts"));
    assertEquals(new RuleCounts("vendor-heavy", 2, 0, 1, 0), rule(e, "vendor-heavy"));
    assertEquals(1, rule(e, "vendor-heavy").unjudged());
    assertEquals(new Ratio(1, 2), rule(e, "hiring-contacts").recall());
    assertFalse(rule(e, "vendor-heavy").recall().defined());
    assertEquals(List.of("support-group", "vendor-heavy", "one-to-one", "hiring-contacts"),
        e.rules().stream().map(RuleCounts::rule).toList(), "rules seen, in RuleId order");
  }

  @Test
  void red_flag_precision_adds_up_every_red_flag_and_leaves_good_signs_out() {
    RuleCounts red = evaluation().redFlags();
    assertEquals(4, red.fired());
    assertEquals(new Ratio(1, 3), red.precision());
    assertEquals("33.3", red.precision().percentText());
  }

  @Test
  void lists_swaps_and_every_disagreement_in_file_order() {
    Evaluation e = evaluation();
    assertEquals(List.of("b"), e.swaps().stream().map(r -> r.labelled().id()).toList());
    assertEquals(List.of("b", "c"), e.disagreements().stream().map(r -> r.labelled().id()).toList());
    CaseResult b = e.disagreements().get(0);
    assertEquals(List.of("hiring-contacts"), b.missing());
    assertEquals(List.of("vendor-heavy"), b.forbiddenFired());
    assertEquals(List.of("support-group"), e.disagreements().get(1).forbiddenFired());
  }

  @Test
  void a_case_the_scorer_fails_on_becomes_a_bad_line_and_the_rest_are_counted() {
    Evaluation e = Evaluator.evaluate(LabelledCases.parse(FILE + "\n" + Cases.line("e", "Boom", "maybe", "", "")),
        Cases.scorer(ANSWERS));
    assertEquals(4, e.cases());
    assertEquals(1, e.badLines().size());
    assertEquals(5, e.badLines().get(0).line());
    assertTrue(e.badLines().get(0).message().startsWith("could not score e: "), e.badLines().toString());
  }

  @Test
  void an_empty_file_gives_undefined_ratios_not_a_division_by_zero() {
    Evaluation e = Evaluator.evaluate(LabelledCases.parse(""), Cases.scorer(ANSWERS));
    assertEquals(0, e.cases());
    assertFalse(e.agreement().defined());
    assertTrue(e.agreement().atLeast(90));
    assertTrue(EvaluationText.of(e).contains("Verdict agreement: 0 of 0"));
  }
}
