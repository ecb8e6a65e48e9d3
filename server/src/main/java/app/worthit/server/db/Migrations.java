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
 * database, each in its own transaction together with its row in {@code schema_version}.
 */
public final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  /** Brings the schema up to date and returns its version. */
  public static int apply(Handle handle) {
    handle.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
    int current = handle.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version").mapTo(Integer.class).one();
    int version = current + 1;
    for (String sql = script(version); sql != null; sql = script(++version)) {
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

  private static String script(int version) {
    try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/V" + version + ".sql")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration V" + version, e);
    }
  }
}
