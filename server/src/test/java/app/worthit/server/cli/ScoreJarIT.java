package app.worthit.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import app.worthit.wire.VerdictJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shaded jar as a user runs it: real process, real stdin/stdout, real exit status. */
class ScoreJarIT {
  private static final Path JAR = Paths.get("target", "worthit-server.jar");

  private record Run(int status, List<String> lines, String err) {}

  private static Run java(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path err = Files.createTempFile("worthit-err", ".txt");
    Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = p.waitFor();
    String errText = Files.readString(err);
    Files.delete(err);
    return new Run(status, out.isEmpty() ? List.of() : List.of(out.split("\n")), errText);
  }

  @Test
  void scores_json_lines_from_stdin_in_utf8() throws Exception {
    String request = "{\"listing\":{\"url\":\"https://www.meetup.com/g/events/312000001/\",\"title\":\"Café Mixer 🚀\"}}";
    Run run = java(request + "\nnot json\n" + request + "\n", "score", "--jsonl");
    assertEquals(0, run.status(), run.err());
    assertEquals(3, run.lines().size());
    assertEquals("meetup:event:312000001", VerdictJson.fromJson(JsonParser.parse(run.lines().get(0))).key());
    assertTrue(run.lines().get(1).startsWith("{\"error\":") && run.lines().get(1).endsWith("\"line\":2}"));
    assertEquals(run.lines().get(0), run.lines().get(2));
  }

  @Test
  void score_runs_in_a_jvm_tuned_for_a_batch_and_answers_each_line_as_it_comes() throws Exception {
    List<String> command = List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toString(), "score", "--jsonl");
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    // JVM options from the environment would rightly keep it in this JVM.
    builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
    Process p = builder.start();
    try (OutputStream in = p.getOutputStream();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      in.write("{\"listing\":{\"url\":\"https://www.meetup.com/g/events/312000002/\",\"title\":\"Mixer\"}}\n"
          .getBytes(StandardCharsets.UTF_8));
      in.flush();
      // Answered while stdin is still open: the tuned JVM reads and writes the very same streams.
      assertEquals("meetup:event:312000002", VerdictJson.fromJson(JsonParser.parse(out.readLine())).key());
      List<String> children = p.descendants().map(h -> String.join(" ", h.info().arguments().orElse(new String[0])))
          .toList();
      assertTrue(children.stream().anyMatch(c -> c.contains("-XX:TieredStopAtLevel=1") && c.contains("score --jsonl")),
          children.toString());
    }
    assertEquals(0, p.waitFor());
  }

  @Test
  void exits_1_for_an_unreadable_file_and_2_for_bad_usage() throws Exception {
    Path page = Paths.get("src", "test", "resources", "pages", "jsonld_two_events.html");
    Run run = java("", "score", "target/no-such-page.html", page.toString());
    assertEquals(1, run.status());
    assertEquals(2, run.lines().size());
    assertTrue(run.err().contains("cannot read target/no-such-page.html"), run.err());
    assertEquals(2, java("", "score").status());
  }
}
