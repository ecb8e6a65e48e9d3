package app.worthit.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is particular to SQLite: its connection settings and its table listing. */
class SqliteDialectTest {
  @TempDir
  Path dir;

  @Test
  void applies_every_migration_to_an_empty_file_once() throws Exception {
    String db = dir.resolve("empty.db").toString();
    int version;
    try (Database opened = Database.open(db, 1)) {
      version = opened.schemaVersion();
    }
    assertTrue(version >= 1);
    Dialect dialect = Dialect.forDatabase(db);
    try (Handle h = Jdbi.create(dialect.open()).open()) {
      List<String> tables = h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").mapTo(String.class).list();
      assertEquals(List.of("accounts", "admin_tokens", "audit_log", "claims", "cohort_votes", "community_aggregates", "corrections", "devices",
          "disputes", "pairing_codes", "records", "schema_version"), tables);
      assertEquals(version, h.createQuery("SELECT COUNT(*) FROM schema_version").mapTo(Integer.class).one());
      assertEquals(version, Migrations.apply(h, dialect), "a second start applies nothing");
      assertEquals(version, h.createQuery("SELECT COUNT(*) FROM schema_version").mapTo(Integer.class).one());
    }
  }

  @Test
  void opens_with_wal_foreign_keys_and_normal_sync() throws Exception {
    try (Handle h = Jdbi.create(Dialect.forDatabase(dir.resolve("p.db").toString()).open()).open()) {
      assertEquals("wal", h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
      assertEquals(1, h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
      assertEquals(1, h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one());
      assertTrue(h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one() > 0);
    }
  }

  @Test
  void splits_scripts_at_semicolons_ending_a_line_and_skips_comments() {
    assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE INDEX b ON a(x)"),
        Migrations.statements("-- a comment;\nCREATE TABLE a (\n  x INT\n);\n\nCREATE INDEX b ON a(x);\n").stream()
            .map(s -> s.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")")).toList());
  }

  @Test
  void hot_path_sql_is_the_dao_sql_with_positional_parameters() {
    assertEquals("UPDATE accounts SET last_seq = last_seq + ? WHERE id = ? RETURNING last_seq", SyncQueries.positional(AccountDao.RESERVE_SEQ));
  }
}
