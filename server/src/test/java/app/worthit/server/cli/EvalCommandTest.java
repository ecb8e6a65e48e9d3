package app.worthit.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.eval.Evaluation;
import app.worthit.eval.EvaluationText;
import app.worthit.eval.Evaluator;
import app.worthit.eval.LabelledCases;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.wire.EvaluationJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval FILE [--json]} on the project's own labelled cases (src/test/resources/eval). */
class EvalCommandTest {
  @TempDir Path dir;

  static Path own() {
    try {
      return Paths.get(EvalCommandTest.class.getResource("/eval/labelled-cases.jsonl").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Evaluation evaluated(Path file) throws IOException {
    return Evaluator.evaluate(LabelledCases.parse(Files.readString(file, StandardCharsets.UTF_8)));
  }

  @Test
  void prints_the_summary_then_the_disagreements_of_the_shared_evaluation() throws IOException {
    CliRun run = CliRun.of("", "eval", own().toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(EvaluationText.of(evaluated(own())), run.out());
    assertTrue(run.out().startsWith("5 cases scored, 0 bad lines\nVerdict agreement: "), run.out());
    for (String part : new String[] {"expected \\ actual", "precision", "Red-flag precision: ", "Worth-it/skip swaps: ",
        "own-05-mislabelled (line 6): expected worth-it, got ", "  missing: hiring-contacts"}) {
      assertTrue(run.out().contains(part), part + " in:\n" + run.out());
    }
  }

  @Test
  void json_prints_the_same_evaluation_as_one_object() throws IOException {
    CliRun run = CliRun.of("", "eval", own().toString(), "--json");
    assertEquals(0, run.status(), run.err());
    assertEquals(1, run.lines().size());
    assertEquals(JsonWriter.write(EvaluationJson.toJson(evaluated(own()))), run.lines().get(0));
    JsonValue json = JsonParser.parse(run.lines().get(0));
    assertEquals("5", JsonWriter.write(json.path("agreement", "of")));
    assertTrue(run.lines().get(0).contains("\"id\":\"own-05-mislabelled\""));
  }

  @Test
  void reports_bad_lines_with_their_numbers_and_evaluates_the_rest() throws IOException {
    Path file = dir.resolve("mixed.jsonl");
    String good = Files.readAllLines(own(), StandardCharsets.UTF_8).get(0);
    Files.writeString(file, good + "\n{\"id\":\"x\"\nnot json at all\n"
        + good.replace("own-01", "own-01b").replace("\"skip\"", "\"so-so\"") + "\n" + good + "\n");
    CliRun run = CliRun.of("", "eval", file.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("1 cases scored, 4 bad lines\n  line 2: "), run.out());
    assertTrue(run.out().contains("  line 3: "), run.out());
    assertTrue(run.out().contains("  line 4: expect.verdict: expected one of worth-it, maybe, skip\n"), run.out());
    assertTrue(run.out().contains("  line 5: id: own-01 repeats an earlier line's id\n"), run.out());
    CliRun json = CliRun.of("", "eval", "--json", file.toString());
    assertEquals(4, JsonParser.parse(json.lines().get(0)).path("badLines").asArr().items().size());
  }

  @Test
  void a_missing_or_unreadable_file_is_an_error_with_status_1() throws IOException {
    CliRun missing = CliRun.of("", "eval", dir.resolve("nope.jsonl").toString());
    assertEquals(1, missing.status());
    assertEquals("", missing.out());
    assertTrue(missing.err().contains("cannot read " + dir.resolve("nope.jsonl") + ": no such file"), missing.err());
    Path latin1 = dir.resolve("latin1.jsonl");
    Files.write(latin1, new byte[] {'{', (byte) 0xE9, '}', '\n'});
    CliRun notUtf8 = CliRun.of("", "eval", latin1.toString());
    assertEquals(1, notUtf8.status());
    assertTrue(notUtf8.err().contains("not UTF-8 text"), notUtf8.err());
    assertEquals(1, CliRun.of("", "eval", dir.toString()).status());
  }

  @Test
  void a_bad_option_or_no_file_is_a_usage_error() {
    CliRun unknown = CliRun.of("", "eval", "--jsonl", own().toString());
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("Unknown option: '--jsonl'"), unknown.err());
    CliRun none = CliRun.of("", "eval");
    assertEquals(2, none.status());
    assertTrue(none.err().contains("Missing required parameter: 'FILE'"), none.err());
    assertEquals(2, CliRun.of("", "eval", own().toString(), own().toString()).status());
  }

  @Test
  void help_describes_the_command_and_the_top_level_help_lists_it() {
    CliRun help = CliRun.of("", "eval", "--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("Usage: worthit-server eval [-h] [--json] FILE"), help.out());
    assertTrue(help.out().contains("Exit status:"), help.out());
    assertTrue(CliRun.of("", "--help").out().contains("eval"));
  }
}
