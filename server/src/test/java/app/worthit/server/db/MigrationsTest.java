package app.worthit.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.server.Engine;
import app.worthit.server.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every migration applies to an empty database of each engine, once. */
@ParameterizedClass
@EnumSource(Engine.class)
class MigrationsTest {
  @Parameter
  Engine engine;

  @TempDir
  Path dir;
  TestDatabase database;

  @BeforeEach
  void create() {
    database = engine.create(dir);
  }

  @AfterEach
  void drop() throws Exception {
    // Null when @BeforeEach aborted (no PostgreSQL reachable): the test is skipped, not an error.
    if (database != null) {
      database.close();
    }
  }

  /** The numbered portable files on the classpath: the version an empty database must reach. */
  static int portableMigrations() throws Exception {
    Path folder = Path.of(MigrationsTest.class.getResource("/db/migration").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return (int) files.filter(p -> p.getFileName().toString().matches("V\\d+\\.sql")).count();
    }
  }

  @Test
  void applies_every_migration_to_an_empty_database() throws Exception {
    try (Database db = Database.open(database.url(), 2)) {
      assertEquals(portableMigrations(), db.schemaVersion());
      for (String table : List.of("accounts", "devices", "pairing_codes", "records", "community_aggregates",
          "claims", "corrections", "disputes", "audit_log", "admin_tokens")) {
        int rows = db.reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
        assertEquals(0, rows, table);
      }
    }
  }

  @Test
  void reopening_applies_nothing_again() throws Exception {
    int first;
    try (Database db = Database.open(database.url(), 2)) {
      first = db.schemaVersion();
    }
    try (Database db = Database.open(database.url(), 2)) {
      assertEquals(first, db.schemaVersion());
      int applied = db.reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM schema_version").mapTo(Integer.class).one());
      assertEquals(first, applied);
    }
  }
}
