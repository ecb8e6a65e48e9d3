package app.worthit.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * The real saved pages and labelled cases in ../shared/fixtures beside the repository. They are not
 * committed here: a test that needs them skips (per test) with a clear message on a clone that lacks
 * them, and fails when CI=true, where they must always be present.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The fixtures folder, or a skip (fail in CI) if it is missing. */
  public static Path dir() {
    Path dir = locate();
    if (dir == null) {
      String message = "../shared/fixtures not found beside the repository (set -Dworthit.fixtures=DIR)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + "; CI must have the shared fixtures");
      }
      Assumptions.abort(message + "; skipping the tests on real saved pages");
    }
    return dir;
  }

  /** A saved page in fixtures/pages by file name. */
  public static Path page(String fileName) {
    Path p = dir().resolve("pages").resolve(fileName);
    if (!Files.isRegularFile(p)) {
      fail("fixture page missing: " + p);
    }
    return p;
  }

  /**
   * A fixture file, relative to the fixtures folder: a skip (fail in CI) when the folder or the
   * file is missing, for fixtures added after the folder itself (such as real-listings/).
   */
  public static Path file(String relative) {
    Path p = dir().resolve(relative);
    if (!Files.isRegularFile(p)) {
      String message = "../shared/fixtures/" + relative + " not found";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + "; CI must have the shared fixtures");
      }
      Assumptions.abort(message + "; skipping the tests that need it");
    }
    return p;
  }

  /** The text of a fixture file, relative to the fixtures folder. */
  public static String read(String relative) {
    try {
      return Files.readString(dir().resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path locate() {
    String configured = System.getProperty("worthit.fixtures");
    if (configured != null && Files.isDirectory(Paths.get(configured))) {
      return Paths.get(configured).toAbsolutePath().normalize();
    }
    // Walk up from the working directory (a module folder) to find shared/fixtures beside the repo.
    Path here = Paths.get("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared").resolve("fixtures");
      if (p.getParent() != null && Files.isDirectory(candidate.resolve("pages"))) {
        return candidate.normalize();
      }
    }
    return null;
  }
}
