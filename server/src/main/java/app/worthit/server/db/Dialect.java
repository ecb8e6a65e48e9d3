package app.worthit.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;

/**
 * Everything that differs between the database engines the server runs on: how to connect, how
 * writes are committed, which migration files apply, and how instances share the schema. The SQL in
 * the DAOs and migrations is portable; an engine's own migration file goes in its folder.
 */
public sealed interface Dialect permits SqliteDialect, PostgresDialect {
  /** The dialect for {@code --db}: a PostgreSQL or SQLite JDBC URL, or a file path meaning SQLite. */
  static Dialect forDatabase(String db) {
    if (db.startsWith("jdbc:postgresql:")) {
      return new PostgresDialect(db);
    }
    if (db.startsWith("jdbc:sqlite:")) {
      return new SqliteDialect(db);
    }
    if (db.startsWith("jdbc:")) {
      throw new IllegalArgumentException("unsupported database URL " + db.substring(0, db.indexOf(':', 5) + 1)
          + "...; use an SQLite file path, jdbc:sqlite:<file> or jdbc:postgresql://host:port/db?user=...&password=...");
    }
    return new SqliteDialect("jdbc:sqlite:" + db);
  }

  /** {@code --db} without a password in it, for logs and messages. */
  static String redacted(String db) {
    return db.replaceAll("(?i)password=[^&]*", "password=...");
  }

  /** The JDBC URL connections open. */
  String url();

  /** The folder under {@code db/migration/} whose files replace the portable ones of the same version. */
  String migrationFolder();

  /** A new connection set up for this server. */
  Connection open() throws SQLException;

  /** Opens the server's database: its writer, its readers, its schema brought up to date. */
  Database openDatabase(int readers) throws SQLException;

  /** Holds other server instances off the migrations until {@link #unlockMigrations}. */
  void lockMigrations(Handle handle);

  /** Lets other instances migrate (and find nothing left to do). */
  void unlockMigrations(Handle handle);
}
