package app.worthit.server.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;

/**
 * An embedded SQLite file: one process owns it. Writes go through one group-committing writer
 * connection (SQLite has one writer at a time, and its busy back-off is unfair under contention);
 * reads through a small pool.
 */
record SqliteDialect(String url) implements Dialect {
  @Override
  public String migrationFolder() {
    return "sqlite";
  }

  /**
   * WAL (readers never block the writer), synchronous=NORMAL (a commit survives a process crash;
   * only a power loss can undo the last few), a busy timeout, foreign keys enforced, a 16 MB page
   * cache and a memory-mapped file.
   */
  @Override
  public Connection open() throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(5_000);
    config.enforceForeignKeys(true);
    // Measured: asking for generated keys after every INSERT cost a query each; nothing here uses them.
    config.setGetGeneratedKeys(false);
    config.setCacheSize(-16_384);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    Connection connection = DriverManager.getConnection(url, config.toProperties());
    try (var statement = connection.createStatement()) {
      // Reads through a memory map instead of a system call per page.
      statement.execute("PRAGMA mmap_size = 268435456");
    }
    return connection;
  }

  @Override
  public Database openDatabase(int readers) throws SQLException {
    Connection writing = open();
    Handle handle = Jdbi.create(writing).installPlugin(new SqlObjectPlugin()).open();
    int version = Migrations.apply(handle, this);
    ReadPool pool = new ReadPool(this, readers);
    Jdbi reads = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    // Jdbi does not close a connection it was handed; closing the last one checkpoints the WAL.
    return new Database(new Writer(handle), reads, pool, version, false, pool, writing);
  }

  /** Nothing to do: one process owns the file. */
  @Override
  public void lockMigrations(Handle handle) {}

  @Override
  public void unlockMigrations(Handle handle) {}
}
