package app.worthit.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DialectTest {
  @Test
  void a_file_path_means_sqlite() {
    Dialect d = Dialect.forDatabase("./worthit.db");
    assertInstanceOf(SqliteDialect.class, d);
    assertEquals("jdbc:sqlite:./worthit.db", d.url());
  }

  @Test
  void a_postgresql_url_means_postgresql_as_given() {
    String url = "jdbc:postgresql://db.internal:5432/worthit?user=worthit&password=secret";
    Dialect d = Dialect.forDatabase(url);
    assertInstanceOf(PostgresDialect.class, d);
    assertEquals(url, d.url());
  }

  @Test
  void rejects_other_jdbc_urls_naming_what_works() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dialect.forDatabase("jdbc:mysql://h/db"));
    assertTrue(e.getMessage().contains("jdbc:postgresql://"), e.getMessage());
  }

  @Test
  void messages_never_show_the_password() {
    String shown = Dialect.redacted("jdbc:postgresql://h/db?user=worthit&password=s3cret&ssl=true");
    assertFalse(shown.contains("s3cret"), shown);
    assertTrue(shown.endsWith("ssl=true"), shown);
  }

  @Test
  void an_engine_file_replaces_the_portable_migration_of_its_number() {
    Dialect sqlite = Dialect.forDatabase("x.db");
    assertEquals(Migrations.script(sqlite, 1), Migrations.script(Dialect.forDatabase("jdbc:postgresql://h/db"), 1),
        "V1 is portable: no engine has its own");
    assertEquals(null, Migrations.script(sqlite, 9_999));
  }
}
