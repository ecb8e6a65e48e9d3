package app.worthit.server.db;

import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** One piece of write work's view of the shared group transaction. */
public final class WriteTx {
  private final Handle handle;
  private final Statements statements;
  private final List<Runnable> afterCommit;

  WriteTx(Handle handle, Statements statements, List<Runnable> afterCommit) {
    this.handle = handle;
    this.statements = statements;
    this.afterCommit = afterCommit;
  }

  /** A DAO on the writer's handle, inside the transaction. */
  public <D> D dao(Class<D> type) {
    return handle.attach(type);
  }

  /** Hot-path work on the writer's reusable prepared statements, inside the transaction. */
  public <T> T sql(SqlWork<T> work) {
    try {
      return work.run(statements);
    } catch (SQLException e) {
      throw new StorageException("write failed", e);
    }
  }

  /** Runs {@code action} only once the transaction has committed, e.g. to move in-memory counts. */
  public void afterCommit(Runnable action) {
    afterCommit.add(action);
  }
}
