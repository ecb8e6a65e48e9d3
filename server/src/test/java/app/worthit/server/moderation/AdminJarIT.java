package app.worthit.server.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code admin create-token} run from the shaded jar, as an operator runs it. */
class AdminJarIT {
  private static final Path JAR = Paths.get("target", "worthit-server.jar");

  @TempDir
  Path dir;

  @Test
  void create_token_prints_one_token_for_the_given_database() throws Exception {
    Path db = dir.resolve("ops.db");
    List<String> command = List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toString(), "admin", "create-token", "--db", db.toString());
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), Files.readString(err));
    assertTrue(out.strip().matches("[A-Za-z0-9_-]{43}"), out);
    assertTrue(Files.exists(db));
  }
}
