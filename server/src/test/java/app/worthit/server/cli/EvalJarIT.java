package app.worthit.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code eval} from the shaded jar, as a user runs it: real process, exit status, stdout and stderr. */
class EvalJarIT {
  private static final Path JAR = Paths.get("target", "worthit-server.jar");

  private record Run(int status, String out, String err) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path err = Files.createTempFile("worthit-err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
    builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
    Process p = builder.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = p.waitFor();
    String errText = Files.readString(err);
    Files.delete(err);
    return new Run(status, out, errText);
  }

  @Test
  void evaluates_a_file_and_exits_0() throws Exception {
    Run run = java("eval", EvalCommandTest.own().toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("5 cases scored, 0 bad lines\n"), run.out());
    assertTrue(run.out().contains("Disagreements: "), run.out());
  }

  @Test
  void a_missing_file_exits_1_with_a_message_on_stderr() throws Exception {
    Run run = java("eval", "no-such-cases.jsonl");
    assertEquals(1, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().contains("worthit eval: cannot read no-such-cases.jsonl: no such file"), run.err());
  }
}
