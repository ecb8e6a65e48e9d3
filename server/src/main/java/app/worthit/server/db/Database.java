package app.worthit.server.db;

import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;

/**
 * The database as the server uses it: a committer for writes and Jdbi for reads. On SQLite one
 * group-committing writer and a small read pool; on PostgreSQL one pool for both (see the dialects).
 */
public final class Database implements AutoCloseable {
  private final Committer writer;
  private final Jdbi reads;
  private final StatementSource statements;
  private final int schemaVersion;
  private final boolean shared;
  private final AutoCloseable[] resources;

  Database(Committer writer, Jdbi reads, StatementSource statements, int schemaVersion, boolean shared, AutoCloseable... resources) {
    this.writer = writer;
    this.reads = reads;
    this.statements = statements;
    this.schemaVersion = schemaVersion;
    this.shared = shared;
    this.resources = resources;
  }

  /** Opens {@code db} (a file path or JDBC URL), applies pending migrations, starts the writer. */
  public static Database open(String db, int readers) throws SQLException {
    return Dialect.forDatabase(db).openDatabase(readers);
  }

  /** Where all changes go. */
  public Committer writer() {
    return writer;
  }

  /** Jdbi for queries outside the writer. */
  public Jdbi reads() {
    return reads;
  }

  /** Hot-path reading work on a pooled connection's reusable prepared statements. */
  public <T> T read(SqlWork<T> work) {
    Statements s;
    try {
      s = statements.borrow();
    } catch (java.sql.SQLException e) {
      throw new StorageException("no read connection", e);
    }
    try {
      return work.run(s);
    } catch (java.sql.SQLException e) {
      throw new StorageException("read failed", e);
    } finally {
      statements.release(s);
    }
  }

  /** The schema version after migrations. */
  public int schemaVersion() {
    return schemaVersion;
  }

  /**
   * True when other server instances may write this database too (PostgreSQL), so state read from
   * it may be kept in memory only briefly; false for an SQLite file this process owns.
   */
  public boolean shared() {
    return shared;
  }

  /** Finishes queued writes, then closes every connection. */
  @Override
  public void close() throws SQLException {
    writer.close();
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (SQLException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new SQLException(e);
      }
    }
  }
}
