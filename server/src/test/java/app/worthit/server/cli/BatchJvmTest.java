package app.worthit.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchJvmTest {
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
  private static final Path JAR = Path.of("/opt/worthit/worthit-server.jar");
  private static final List<String> PLAIN = List.of("-jar", JAR.toString(), "score", "--jsonl");

  private static Optional<List<String>> decide(String[] args, List<String> jvm, Map<String, String> env,
      String started, Path jar) {
    return BatchJvm.commandLine("app.worthit.server.Main", args, jvm, env, started, JAVA, jar);
  }

  @Test
  void score_from_a_plain_java_jar_runs_in_the_tuned_jvm_with_the_same_arguments() {
    String[] args = {"score", "--jsonl"};
    List<String> expected = new ArrayList<>(List.of(JAVA.toString()));
    expected.addAll(BatchJvm.OPTIONS);
    expected.addAll(List.of("-cp", JAR.toString(), "app.worthit.server.Main", "score", "--jsonl"));
    assertEquals(Optional.of(expected), decide(args, PLAIN, Map.of(), null, JAR));
    assertTrue(BatchJvm.OPTIONS.contains("-XX:TieredStopAtLevel=1"));
  }

  @Test
  void eval_runs_in_the_tuned_jvm_too() {
    String[] args = {"eval", "cases.jsonl", "--json"};
    List<String> expected = new ArrayList<>(List.of(JAVA.toString()));
    expected.addAll(BatchJvm.OPTIONS);
    expected.addAll(List.of("-cp", JAR.toString(), "app.worthit.server.Main", "eval", "cases.jsonl", "--json"));
    assertEquals(Optional.of(expected), decide(args, PLAIN, Map.of(), null, JAR));
  }

  @Test
  void other_commands_and_no_command_run_here() {
    assertEquals(Optional.empty(), decide(new String[] {"serve"}, PLAIN, Map.of(), null, JAR));
    assertEquals(Optional.empty(), decide(new String[] {}, PLAIN, Map.of(), null, JAR));
    assertEquals(Optional.empty(), decide(new String[] {"--help"}, PLAIN, Map.of(), null, JAR));
  }

  @Test
  void the_tuned_jvm_never_starts_another() {
    assertEquals(Optional.empty(), decide(new String[] {"score", "x.html"}, PLAIN, Map.of(), "true", JAR));
  }

  @Test
  void jvm_options_chosen_by_the_user_are_kept() {
    String[] args = {"score", "--jsonl"};
    assertEquals(Optional.empty(), decide(args, List.of("-Xmx1g", "-jar", JAR.toString(), "score", "--jsonl"),
        Map.of(), null, JAR));
    assertEquals(Optional.empty(), decide(args, PLAIN, Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"), null, JAR));
    assertEquals(Optional.empty(), decide(args, PLAIN, Map.of("JDK_JAVA_OPTIONS", "-XX:+UseG1GC"), null, JAR));
    assertEquals(Optional.of(true), decide(args, PLAIN, Map.of("JAVA_TOOL_OPTIONS", " "), null, JAR).map(c -> true));
  }

  @Test
  void runs_here_when_not_started_from_a_jar_or_its_command_line_is_unknown() {
    String[] args = {"score", "--jsonl"};
    assertEquals(Optional.empty(), decide(args, List.of("-cp", "classes", "app.worthit.server.Main"), Map.of(), null,
        Path.of("target/classes")));
    assertEquals(Optional.empty(), decide(args, PLAIN, Map.of(), null, null));
    assertEquals(Optional.empty(), decide(args, List.of("?"), Map.of(), null, JAR));
  }
}
