package app.worthit.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.server.cli.CommandFactory;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {
  @Command(name = "tool")
  static final class Tool implements Callable<Integer> {
    @Override
    public Integer call() {
      return 0;
    }
  }

  @Command(name = "serve")
  static final class Serve implements Callable<Integer> {
    boolean ran;

    @Override
    public Integer call() {
      ran = true;
      return 42;
    }
  }

  @Test
  void lists_the_sub_commands_in_its_help() {
    StringWriter out = new StringWriter();
    int status = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(new StringWriter()), "--help");
    assertEquals(0, status);
    assertTrue(out.toString().contains("score"), out.toString());
  }

  @Test
  void runs_serve_when_no_sub_command_is_named() {
    Serve serve = new Serve();
    CommandLine commandLine = new CommandLine(new Tool()).addSubcommand(serve);
    assertEquals(42, commandLine.execute(Main.withDefault(commandLine)));
    assertTrue(serve.ran);
    assertArrayEquals(new String[] {"other"}, Main.withDefault(commandLine, "other"));
  }

  @Test
  void shows_usage_as_a_usage_error_when_there_is_no_default_command() {
    assertArrayEquals(new String[0], Main.withDefault(new CommandLine(new Tool())));
    StringWriter err = new StringWriter();
    CommandLine main = new CommandLine(new Main(), new CommandFactory(new ByteArrayInputStream(new byte[0])));
    main.setErr(new PrintWriter(err, true));
    assertEquals(2, main.execute());
    assertTrue(err.toString().contains("Usage: worthit-server"), err.toString());
  }
}
