package app.worthit.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The database as the server uses it: one group-committing writer and a small pool of readers. */
public final class Database implements AutoCloseable {
  private final Connection writing;
  private final Writer writer;
  private final ReadPool pool;
  private final Jdbi reads;
  private final int schemaVersion;

  private Database(Connection writing, Writer writer, ReadPool pool, Jdbi reads, int schemaVersion) {
    this.writing = writing;
    this.writer = writer;
    this.pool = pool;
    this.reads = reads;
    this.schemaVersion = schemaVersion;
  }

  /** Opens {@code db} (a file path or JDBC URL), applies pending migrations, starts the writer. */
  public static Database open(String db, int readers) throws SQLException {
    Dialect dialect = Dialect.forDatabase(db);
    Connection writing = dialect.open();
    Jdbi writes = Jdbi.create(writing).installPlugin(new SqlObjectPlugin());
    Handle handle = writes.open();
    int version = Migrations.apply(handle);
    ReadPool pool = new ReadPool(dialect, readers);
    Jdbi reads = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    return new Database(writing, new Writer(handle), pool, reads, version);
  }

  /** The single writer; all changes go through it. */
  public Writer writer() {
    return writer;
  }

  /** Jdbi over the read pool, for queries outside the writer. */
  public Jdbi reads() {
    return reads;
  }

  /** Hot-path reading work on a pooled connection's reusable prepared statements. */
  public <T> T read(SqlWork<T> work) {
    Statements s;
    try {
      s = pool.borrow();
    } catch (java.sql.SQLException e) {
      throw new StorageException("no read connection", e);
    }
    try {
      return work.run(s);
    } catch (java.sql.SQLException e) {
      throw new StorageException("read failed", e);
    } finally {
      pool.release(s);
    }
  }

  /** The schema version after migrations. */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** Finishes queued writes, then closes every connection. */
  @Override
  public void close() throws SQLException {
    writer.close();
    pool.close();
    // Jdbi does not close a connection it was handed; closing the last one checkpoints the WAL.
    writing.close();
  }
}
