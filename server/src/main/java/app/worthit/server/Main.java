package app.worthit.server;

import app.worthit.server.app.AdminCommand;
import app.worthit.server.cli.BatchJvm;
import app.worthit.server.cli.CommandFactory;
import app.worthit.server.cli.EvalCommand;
import app.worthit.server.cli.ScoreCommand;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Entry point of worthit-server.jar: sub-commands, with {@code serve} the default when present. */
@Command(
    name = "worthit-server",
    description = "Worth It? server and command-line tool.",
    subcommands = {ServeCommand.class, ScoreCommand.class, EvalCommand.class, AdminCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
  /** The sub-command run when none is named. */
  static final String DEFAULT_COMMAND = "serve";

  @Spec CommandSpec spec;

  @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  public static void main(String[] args) {
    Optional<Integer> batch = BatchJvm.run(Main.class, args);
    if (batch.isPresent()) {
      System.exit(batch.get());
    }
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int status = run(System.in, out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs one command line with the given streams; returns the exit status. */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new Main(), new CommandFactory(in));
    commandLine.setOut(out);
    commandLine.setErr(err);
    int status = commandLine.execute(withDefault(commandLine, args));
    out.flush();
    err.flush();
    return status;
  }

  /** The arguments to run: the default sub-command when none are given and it is registered. */
  static String[] withDefault(CommandLine commandLine, String... args) {
    if (args.length == 0 && commandLine.getSubcommands().containsKey(DEFAULT_COMMAND)) {
      return new String[] {DEFAULT_COMMAND};
    }
    return args;
  }

  /** Reached only with no sub-command and no default one: a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
