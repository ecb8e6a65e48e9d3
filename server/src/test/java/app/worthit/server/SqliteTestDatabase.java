package app.worthit.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** An SQLite file in a test's temporary folder (the folder's removal removes it). */
record SqliteTestDatabase(Path file) implements TestDatabase {
  @Override
  public String url() {
    return file.toString();
  }

  /** The file's bytes, with the write-ahead log's when one is left. */
  @Override
  public String contents() throws Exception {
    StringBuilder out = new StringBuilder(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
    Path wal = file.resolveSibling(file.getFileName() + "-wal");
    if (Files.exists(wal)) {
      out.append(new String(Files.readAllBytes(wal), StandardCharsets.ISO_8859_1));
    }
    return out.toString();
  }

  @Override
  public void close() {
    // the temporary folder goes with the test
  }
}
