package app.worthit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void lists_the_sub_commands_in_its_help() {
    StringWriter out = new StringWriter();
    int status = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(new StringWriter()), "--help");
    assertEquals(0, status);
    assertTrue(out.toString().contains("score"), out.toString());
  }

  @Test
  void runs_the_default_command_or_explains_usage_when_none_is_named() {
    StringWriter err = new StringWriter();
    int status = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()), new PrintWriter(err));
    if (!err.toString().isEmpty()) {
      assertEquals(2, status);
      assertTrue(err.toString().contains("Usage: worthit-server"), err.toString());
    }
  }
}
