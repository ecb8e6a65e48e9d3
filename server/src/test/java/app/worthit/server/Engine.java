package app.worthit.server;

import java.nio.file.Path;

/** The database engines the server ships on; storage and API tests run once on each. */
public enum Engine {
  SQLITE,
  POSTGRESQL;

  /** A fresh, empty database of this engine for one test: a file in {@code dir}, or a new schema. */
  public TestDatabase create(Path dir) {
    return switch (this) {
      case SQLITE -> new SqliteTestDatabase(dir.resolve("worthit.db"));
      case POSTGRESQL -> PostgresTestDatabase.create();
    };
  }
}
