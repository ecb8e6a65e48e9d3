package app.worthit.server.cli;

import app.worthit.eval.Evaluation;
import app.worthit.eval.EvaluationText;
import app.worthit.eval.Evaluator;
import app.worthit.eval.LabelledCases;
import app.worthit.json.JsonWriter;
import app.worthit.wire.EvaluationJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eval}: scores labelled cases and measures the verdicts against their labels. */
@Command(
    name = "eval",
    description = "Score labelled cases (the JSON lines of scoring-cases.jsonl: id, request,"
        + " expect.verdict, expect.rules, expect.forbid) and compare the verdicts with the labels.",
    footer = {
      "",
      "Prints verdict agreement, the confusion matrix (expected x actual), each rule's",
      "  firings, precision and recall (a fired rule in expect.rules counts for it, in",
      "  expect.forbid against it, in neither list neither way), red-flag precision,",
      "  the worth-it/skip swaps, then every disagreement with the reasons that fired.",
      "A line that cannot be read is reported with its number and counted;",
      "  the run goes on.",
      "Exit status: 0 evaluated (also with bad lines or disagreements);",
      "  1 FILE could not be read; 2 usage error."
    },
    sortOptions = false)
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Option(names = "--json", description = "Print the evaluation as one JSON object instead of text.")
  boolean json;

  @Parameters(paramLabel = "FILE", arity = "1", description = "Labelled cases, one JSON object per line (UTF-8).")
  Path file;

  @Override
  public Integer call() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("worthit eval: cannot read " + file + ": " + describe(e));
      err.flush();
      return 1;
    }
    Evaluation evaluation = Evaluator.evaluate(LabelledCases.parse(text));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonWriter.write(EvaluationJson.toJson(evaluation)));
    } else {
      out.print(EvaluationText.of(evaluation));
    }
    out.flush();
    return 0;
  }

  // NoSuchFileException and friends carry only the path as their message: say what went wrong.
  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
