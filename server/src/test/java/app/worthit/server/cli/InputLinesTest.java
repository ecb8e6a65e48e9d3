package app.worthit.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputLinesTest {
  private static List<InputLines.Line> all(Reader in, int max) throws IOException {
    InputLines lines = new InputLines(in, max);
    List<InputLines.Line> out = new ArrayList<>();
    for (InputLines.Line l = lines.next(); l != null; l = lines.next()) {
      out.add(l);
    }
    return out;
  }

  @Test
  void splits_on_every_kind_of_line_end() throws IOException {
    assertEquals(List.of(new InputLines.Line(1, "a", false), new InputLines.Line(2, "b", false),
            new InputLines.Line(3, "c", false), new InputLines.Line(4, "", false), new InputLines.Line(5, "d", false)),
        all(new StringReader("a\r\nb\rc\n\nd"), 100));
  }

  @Test
  void ends_without_an_extra_line_after_a_final_line_end() throws IOException {
    assertEquals(1, all(new StringReader("a\r\n"), 100).size());
    assertEquals(0, all(new StringReader(""), 100).size());
  }

  @Test
  void drops_a_byte_order_mark_at_the_start() throws IOException {
    assertEquals("{}", all(new StringReader("\uFEFF{}\n"), 100).get(0).text());
  }

  @Test
  void reports_an_overlong_line_and_reads_on_across_buffer_boundaries() throws IOException {
    String longLine = "y".repeat(200_000);
    List<InputLines.Line> lines = all(new StringReader("ok\n" + longLine + "\r\nnext"), 100_000);
    assertEquals(new InputLines.Line(2, "", true), lines.get(1));
    assertEquals(new InputLines.Line(3, "next", false), lines.get(2));
    assertEquals(longLine, all(new StringReader(longLine + "\n"), 200_000).get(0).text());
  }

  @Test
  void gives_every_line_whole_whether_or_not_it_straddles_a_read() throws IOException {
    List<String> sent = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 300_000; i++) {
      String line = "line " + i + " " + "x".repeat(i % 997);
      sent.add(line);
      text.append(line).append(i % 3 == 0 ? "\r\n" : "\n");
    }
    List<InputLines.Line> read = all(new StringReader(text.toString()), 10_000);
    assertEquals(sent.size(), read.size());
    for (int i = 0; i < sent.size(); i++) {
      assertEquals(new InputLines.Line(i + 1, sent.get(i), false), read.get(i));
    }
  }

  @Test
  void splits_a_crlf_that_straddles_two_reads() throws IOException {
    // A reader handing out one char at a time puts every \r and \n in separate buffer fills.
    Reader trickle = new Reader() {
      private final String s = "a\r\nb";
      private int i;

      @Override
      public int read(char[] buf, int off, int len) {
        return i < s.length() ? (buf[off] = s.charAt(i++)) * 0 + 1 : -1;
      }

      @Override
      public void close() {}
    };
    InputLines lines = new InputLines(trickle, 10);
    assertEquals("a", lines.next().text());
    assertEquals(new InputLines.Line(2, "b", false), lines.next());
    assertNull(lines.next());
  }
}
