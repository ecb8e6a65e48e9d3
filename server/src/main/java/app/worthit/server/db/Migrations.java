package app.worthit.server.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the numbered SQL files {@code db/migration/V1.sql, V2.sql, ...} that are newer than the
 * database, each in its own transaction together with its row in {@code schema_version}. The files
 * are portable SQL; where an engine needs other SQL, its own file of the same number in
 * {@code db/migration/sqlite/} or {@code db/migration/postgresql/} is used instead.
 */
public final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  /** Brings the schema up to date and returns its version; other instances wait meanwhile. */
  public static int apply(Handle handle, Dialect dialect) {
    dialect.lockMigrations(handle);
    try {
      return applyPending(handle, dialect);
    } finally {
      dialect.unlockMigrations(handle);
    }
  }

  private static int applyPending(Handle handle, Dialect dialect) {
    handle.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
    int current = handle.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version").mapTo(Integer.class).one();
    int version = current + 1;
    for (String sql = script(dialect, version); sql != null; sql = script(dialect, ++version)) {
      int v = version;
      String text = sql;
      handle.useTransaction(tx -> {
        for (String statement : statements(text)) {
          tx.execute(statement);
        }
        tx.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", v, System.currentTimeMillis());
      });
      LOG.info("applied migration V{}", v);
    }
    return version - 1;
  }

  /** The statements of a script: separated by a ';' at the end of a line; '--' lines are comments. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        out.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  /** The engine's own file for {@code version} if it has one, else the portable one; null past the last. */
  static String script(Dialect dialect, int version) {
    String own = resource("/db/migration/" + dialect.migrationFolder() + "/V" + version + ".sql");
    return own != null ? own : resource("/db/migration/V" + version + ".sql");
  }

  private static String resource(String path) {
    try (InputStream in = Migrations.class.getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + path, e);
    }
  }
}
