package app.worthit.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.server.Main;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A client that waits for each answer before sending the next request must never deadlock. */
class ScoreJsonlStreamingTest {
  private static final String REQUEST =
      "{\"listing\":{\"url\":\"https://www.meetup.com/g/events/312000001/\",\"title\":\"Product Mixer\"}}\n";

  @Test
  void answers_each_line_before_the_next_one_arrives() {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      PipedOutputStream toCli = new PipedOutputStream();
      PipedInputStream stdin = new PipedInputStream(toCli, 1 << 16);
      PipedOutputStream stdout = new PipedOutputStream();
      BufferedReader fromCli = new BufferedReader(
          new InputStreamReader(new PipedInputStream(stdout, 1 << 16), StandardCharsets.UTF_8));
      PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
      CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
          () -> Main.run(stdin, out, new PrintWriter(new StringWriter()), "score", "--jsonl"));

      send(toCli, REQUEST);
      String first = fromCli.readLine();
      assertTrue(first.startsWith("{\"key\":\"meetup:event:312000001\""), first);
      send(toCli, "oops\n");
      assertTrue(fromCli.readLine().endsWith("\"line\":2}"));
      send(toCli, REQUEST);
      assertEquals(first, fromCli.readLine());
      toCli.close();
      assertEquals(0, run.get());
      stdout.close();
      assertNull(fromCli.readLine());
    });
  }

  private static void send(OutputStream to, String text) throws Exception {
    to.write(text.getBytes(StandardCharsets.UTF_8));
    to.flush();
  }
}
