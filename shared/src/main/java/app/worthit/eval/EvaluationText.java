package app.worthit.eval;

import app.worthit.model.VerdictLevel;

/** The evaluation as text for people: the summary figures, then every disagreement. */
public final class EvaluationText {
  private EvaluationText() {}

  /** The summary, then the disagreements. */
  public static String of(Evaluation e) {
    return summary(e) + "\n" + disagreements(e);
  }

  /** Bad lines, agreement, confusion matrix, per-rule table, red-flag precision and swaps. */
  public static String summary(Evaluation e) {
    StringBuilder out = new StringBuilder();
    out.append(e.cases()).append(" cases scored, ").append(e.badLines().size()).append(" bad lines\n");
    for (BadLine bad : e.badLines()) {
      out.append("  line ").append(bad.line()).append(": ").append(bad.message()).append('\n');
    }
    out.append("Verdict agreement: ").append(e.agreement()).append("\n\n");
    Table matrix = new Table("expected \\ actual", "worth-it", "maybe", "skip");
    for (VerdictLevel expected : VerdictLevel.values()) {
      matrix.row(expected.wire(), count(e, expected, VerdictLevel.WORTH_IT), count(e, expected, VerdictLevel.MAYBE),
          count(e, expected, VerdictLevel.SKIP));
    }
    matrix.appendTo(out);
    out.append('\n');
    Table rules = new Table("rule", "fired", "expected", "forbidden", "neither", "missed", "precision", "recall");
    for (RuleCounts r : e.rules()) {
      rules.row(r.rule(), "" + r.fired(), "" + r.truePositives(), "" + r.falsePositives(), "" + r.unjudged(),
          "" + r.falseNegatives(), percent(r.precision()), percent(r.recall()));
    }
    rules.appendTo(out);
    RuleCounts red = e.redFlags();
    out.append("\nRed-flag precision: ").append(percent(red.precision())).append(" (")
        .append(red.fired()).append(" red flags fired: ").append(red.truePositives()).append(" expected, ")
        .append(red.falsePositives()).append(" forbidden, ").append(red.unjudged()).append(" in neither list)\n");
    out.append("Worth-it/skip swaps: ").append(e.swaps().size()).append('\n');
    for (CaseResult swap : e.swaps()) {
      out.append("  ").append(swap.labelled().id()).append(": expected ").append(swap.expected().wire())
          .append(", got ").append(swap.actual().wire()).append('\n');
    }
    return out.toString();
  }

  /** Every disagreement: id, verdicts, score, what is missing or forbidden, and the reasons with evidence. */
  public static String disagreements(Evaluation e) {
    StringBuilder out = new StringBuilder();
    out.append("Disagreements: ").append(e.disagreements().size()).append('\n');
    for (CaseResult r : e.disagreements()) {
      out.append('\n').append(r.labelled().id()).append(" (line ").append(r.labelled().line()).append("): expected ")
          .append(r.expected().wire()).append(", got ").append(r.actual().wire()).append(" (score ")
          .append(r.verdict().score()).append(")\n");
      if (!r.missing().isEmpty()) {
        out.append("  missing: ").append(String.join(", ", r.missing())).append('\n');
      }
      if (!r.forbiddenFired().isEmpty()) {
        out.append("  forbidden but fired: ").append(String.join(", ", r.forbiddenFired())).append('\n');
      }
      for (var reason : r.verdict().reasons()) {
        out.append("  ").append(reason.effect() > 0 ? "+" : "").append(reason.effect()).append(' ')
            .append(reason.rule());
        if (reason.evidence() != null) {
          out.append(": ").append(reason.evidence());
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String count(Evaluation e, VerdictLevel expected, VerdictLevel actual) {
    return "" + e.confusion().count(expected, actual);
  }

  private static String percent(Ratio r) {
    return r.defined() ? r.percentText() + "%" : "-";
  }
}
