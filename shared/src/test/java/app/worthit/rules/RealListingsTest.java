package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.worthit.eval.Evaluation;
import app.worthit.eval.EvaluationText;
import app.worthit.eval.Evaluator;
import app.worthit.eval.LabelledCases;
import app.worthit.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * fixtures/real-listings: real organisers' listings, labelled by two annotators from RULES.md alone
 * (they agreed on 94.8%). The engine must come near them: at least 90% of the verdicts, at least 95%
 * of the red flags it fires not forbidden by the labels, and never worth-it where skip is due or the
 * other way round.
 */
class RealListingsTest {
  static final double MIN_AGREEMENT = 90;
  static final double MIN_RED_FLAG_PRECISION = 95;

  @Test
  void the_verdicts_hold_on_real_listings() throws IOException {
    Path file = Fixtures.file("real-listings/real-listings.jsonl");
    LabelledCases cases = LabelledCases.parse(Files.readString(file, StandardCharsets.UTF_8));
    assertTrue(cases.cases().size() >= 400, "real listings read: " + cases.cases().size());
    Evaluation e = Evaluator.evaluate(cases);
    List<String> failures = new ArrayList<>();
    if (!e.badLines().isEmpty()) {
      failures.add(e.badLines().size() + " lines could not be read or scored");
    }
    if (!e.agreement().atLeast(MIN_AGREEMENT)) {
      failures.add("verdict agreement " + e.agreement() + " is below " + MIN_AGREEMENT + "%");
    }
    if (!e.redFlags().precision().atLeast(MIN_RED_FLAG_PRECISION)) {
      failures.add("red-flag precision " + e.redFlags().precision() + " is below " + MIN_RED_FLAG_PRECISION + "%");
    }
    if (!e.swaps().isEmpty()) {
      failures.add(e.swaps().size() + " worth-it/skip swaps");
    }
    if (!failures.isEmpty()) {
      fail(String.join("; ", failures) + "\n\n" + EvaluationText.of(e));
    }
  }
}
