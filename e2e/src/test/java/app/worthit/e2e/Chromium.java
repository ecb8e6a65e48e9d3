package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Debian's Chromium and its driver: a test skips without them locally and fails without them in CI. */
final class Chromium {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** Skips (or in CI fails) the calling test when Chromium or chromedriver is missing. */
  static void require() {
    if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
      return;
    }
    String message = "Chromium or chromedriver missing (apt-get install chromium chromium-driver)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + "; CI must have them");
    }
    Assumptions.abort(message + "; skipping the browser test");
  }
}
