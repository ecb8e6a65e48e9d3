package app.worthit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's own small pages in shared's test resources (pages/), shared by the command-line
 * and browser tests: shaped like the real sites' pages, with listing text written for the tests.
 */
public final class OwnPages {
  private OwnPages() {}

  /** The HTML of an own page by file name. */
  public static String html(String fileName) {
    try (InputStream in = OwnPages.class.getResourceAsStream("/pages/" + fileName)) {
      if (in == null) {
        throw new IllegalArgumentException("no own page " + fileName);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page written to a file in dir, for tools that read files. */
  public static Path file(String fileName, Path dir) {
    try {
      return Files.writeString(dir.resolve(fileName), html(fileName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
