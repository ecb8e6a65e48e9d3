package app.worthit.server.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs {@code score} and {@code eval} in a second JVM set up for a batch: the client compiler only and the serial
 * collector. A batch of this tool's size ends before the optimising compiler pays back what it
 * costs: on 10,000 requests C2 alone took 2.7 s of CPU, more than all the scoring. A jar cannot
 * set JVM options, so {@code java -jar} with none of its own starts the tuned JVM on the same
 * streams and exits with its status; a user who gives any JVM option keeps the JVM they chose.
 */
public final class BatchJvm {
  /** Set in the tuned JVM, so that it never starts another. */
  static final String STARTED = "worthit.batchJvm";
  static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-D" + STARTED + "=true");
  // The batch commands: each ends within seconds, before C2 would pay for itself.
  private static final Set<String> COMMANDS = Set.of("score", "eval");
  // Environment variables through which the launcher adds JVM options the command line does not show.
  private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  private BatchJvm() {}

  /**
   * The command line of the tuned JVM for these arguments, or empty to run here: when the command
   * is not {@code score} or {@code eval}, when this is already the tuned JVM, when the JVM was given options of
   * its own ({@code jvmArguments}, what came before {@code -jar}), or when not run from a jar.
   */
  static Optional<List<String>> commandLine(String mainClass, String[] args, List<String> jvmArguments,
      Map<String, String> env, String startedProperty, Path java, Path jar) {
    boolean chosen = !jvmArguments.isEmpty() && !jvmArguments.get(0).equals("-jar");
    boolean optionsInEnvironment = OPTION_VARIABLES.stream().anyMatch(v -> !env.getOrDefault(v, "").isBlank());
    if (args.length == 0 || !COMMANDS.contains(args[0]) || startedProperty != null || chosen || optionsInEnvironment
        || jar == null || !jar.toString().endsWith(".jar") || !Files.isExecutable(java)) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(OPTIONS);
    command.add("-cp");
    command.add(jar.toString());
    command.add(mainClass);
    command.addAll(List.of(args));
    return Optional.of(command);
  }

  /**
   * Runs {@code main} with the arguments in the tuned JVM when that applies (see {@link
   * #commandLine}) and returns its exit status; empty when they should run in this JVM, also when
   * the tuned one cannot start.
   */
  public static Optional<Integer> run(Class<?> main, String[] args) {
    ProcessHandle.Info self = ProcessHandle.current().info();
    Optional<List<String>> command = commandLine(main.getName(), args,
        self.arguments().map(List::of).orElse(List.of("?")),
        System.getenv(), System.getProperty(STARTED), Path.of(System.getProperty("java.home"), "bin", "java"), jar());
    if (command.isEmpty()) {
      return Optional.empty();
    }
    Process child;
    try {
      child = new ProcessBuilder(command.get()).inheritIO().start();
    } catch (IOException e) {
      return Optional.empty();
    }
    // Stopping this JVM (Ctrl-C, kill) stops the batch too.
    Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return Optional.of(child.waitFor());
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Path jar() {
    try {
      var source = BatchJvm.class.getProtectionDomain().getCodeSource();
      return source == null ? null : Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return null;
    }
  }
}
