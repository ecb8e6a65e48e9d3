package app.worthit.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.server.Engine;
import app.worthit.server.TestDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
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
      for (String table : List.of("accounts", "devices", "pairing_codes", "records", "community_aggregates", "cohort_votes",
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

  /**
   * A database at version 2 with an account, its device, a rating counted in the aggregates and a
   * pairing code: version 3 drops the code (it had no device), version 4 keeps the account counted.
   */
  @Test
  void upgrades_keep_old_votes_counted_and_drop_codes_without_a_device() throws Exception {
    Dialect dialect = Dialect.forDatabase(database.url());
    try (Connection c = dialect.open(); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
      for (int v = 1; v <= 2; v++) {
        for (String statement : Migrations.statements(Migrations.script(dialect, v))) {
          st.execute(statement);
        }
        st.execute("INSERT INTO schema_version (version, applied_at) VALUES (" + v + ", 0)");
      }
      st.execute("INSERT INTO accounts (id, created_at, last_seq) VALUES ('a1', 1000, 1)");
      st.execute("INSERT INTO devices (id, account_id, name, token_hash, created_at) VALUES ('d1', 'a1', 'laptop', 'h', 1000)");
      st.execute("INSERT INTO pairing_codes (code_hash, account_id, expires_at) VALUES ('c', 'a1', 9000000000000)");
      st.execute("INSERT INTO records (account_id, kind, record_key, value, hlc, deleted, seq)"
          + " VALUES ('a1', 'rating', 'meetup:event:1', '{\"vote\":\"worth-it\"}', '1700000000000:0000:d1', 0, 1)");
      st.execute("INSERT INTO community_aggregates (record_key, key_prefix, worth_it, not_worth_it) VALUES ('meetup:event:1', 'abcd', 1, 0)");
    }
    try (Database db = Database.open(database.url(), 2)) {
      assertEquals(portableMigrations(), db.schemaVersion());
      AccountState a1 = db.reads().withExtension(AccountDao.class, dao -> dao.state("a1")).orElseThrow();
      assertEquals(new AccountState(1, 1000, 1000, null), a1);
      int codes = db.reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pairing_codes").mapTo(Integer.class).one());
      assertEquals(0, codes);
      long worthIt = db.reads().withHandle(h -> h.createQuery("SELECT worth_it FROM community_aggregates").mapTo(Long.class).one());
      assertEquals(1, worthIt);
    }
  }
}
