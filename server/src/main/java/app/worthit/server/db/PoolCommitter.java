package app.worthit.server.db;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Write work on a pooled connection, each piece in its own READ COMMITTED transaction, many at once.
 * That is enough for this schema: a sync first updates its account's row, which queues the syncs of
 * one account (on every instance) behind each other; aggregates move by atomic increments; a pairing
 * code is consumed by one {@code DELETE ... RETURNING}. A deadlock, a serialization failure or a
 * unique violation is retried, since the work applied nothing: the last comes from two transactions
 * numbering the same next row (the audit log's {@code MAX(seq) + 1}), and a rerun reads the new maximum.
 */
final class PoolCommitter implements Committer {
  /** Attempts before a transient failure is reported. */
  static final int ATTEMPTS = 5;
  private static final java.util.Set<String> TRANSIENT = java.util.Set.of("40001", "40P01", "23505");

  private final Jdbi jdbi;
  private volatile boolean closing;

  PoolCommitter(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public <T> T submit(WriteWork<T> work) {
    if (closing) {
      throw new IllegalStateException("the database is closing");
    }
    for (int attempt = 1; ; attempt++) {
      List<Runnable> after = new ArrayList<>();
      try {
        T result = jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> run(work, h, after));
        after.forEach(Runnable::run);
        return result;
      } catch (SQLException e) {
        throw new StorageException("cannot close statements", e);
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isTransient(e)) {
          throw e;
        }
      }
    }
  }

  private static <T> T run(WriteWork<T> work, Handle handle, List<Runnable> after) throws SQLException {
    Statements statements = new Statements(handle.getConnection());
    try {
      return work.run(new WriteTx(handle, statements, after));
    } finally {
      statements.closeStatements();
    }
  }

  /** Serialization failure (40001), deadlock (40P01) or unique violation (23505): nothing was applied, try again. */
  static boolean isTransient(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && TRANSIENT.contains(String.valueOf(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  /** In-flight work finishes on its own; the pool closes after the server has stopped. */
  @Override
  public void close() {
    closing = true;
  }
}
