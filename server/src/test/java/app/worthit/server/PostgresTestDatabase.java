package app.worthit.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.security.SecureRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema in the local test PostgreSQL ({@code WORTHIT_TEST_PG_URL}, by default the
 * worthit_test database on localhost:5432 as worthit/worthit), dropped after the test. Without a
 * reachable server the test is skipped, unless CI=true, where it fails.
 */
final class PostgresTestDatabase implements TestDatabase {
  /** Where the tests' PostgreSQL is: the environment, a system property, or the local default. */
  static final String BASE_URL = firstSet(System.getenv("WORTHIT_TEST_PG_URL"), System.getProperty("worthit.test.pg.url"),
      "jdbc:postgresql://localhost:5432/worthit_test?user=worthit&password=worthit");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static volatile String unreachable;

  private final String schema;

  private PostgresTestDatabase(String schema) {
    this.schema = schema;
  }

  /** A new empty schema; skips (or fails under CI) the calling test when PostgreSQL is not there. */
  static PostgresTestDatabase create() {
    requireServer();
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    String schema = "test_" + HexFormat.of().formatHex(bytes);
    execute("CREATE SCHEMA " + schema);
    return new PostgresTestDatabase(schema);
  }

  @Override
  public String url() {
    return BASE_URL + (BASE_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Every row of every table in the schema, as PostgreSQL writes a row as text. */
  @Override
  public String contents() throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection(BASE_URL); Statement st = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rs = st.executeQuery("SELECT t::text FROM " + schema + "." + table + " t")) {
          while (rs.next()) {
            out.append(table).append(' ').append(rs.getString(1)).append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  @Override
  public void close() {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private static void requireServer() {
    if (unreachable == null) {
      try (Connection c = DriverManager.getConnection(BASE_URL)) {
        unreachable = "";
      } catch (SQLException e) {
        unreachable = e.getMessage();
      }
    }
    if (unreachable.isEmpty()) {
      return;
    }
    String why = "no PostgreSQL reachable at " + BASE_URL.replaceAll("password=[^&]*", "password=...")
        + " (" + unreachable + "); set WORTHIT_TEST_PG_URL or start one (see README)";
    if ("true".equals(System.getenv("CI"))) {
      Assertions.fail(why);
    }
    Assumptions.abort(why);
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(BASE_URL); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static String firstSet(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    throw new IllegalArgumentException("no value");
  }
}
