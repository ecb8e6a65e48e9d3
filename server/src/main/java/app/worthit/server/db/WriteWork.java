package app.worthit.server.db;

import org.jdbi.v3.core.Handle;

/** A unit of write work: runs on the writer's handle inside a transaction it shares with others. */
@FunctionalInterface
public interface WriteWork<T> {
  /** Does the work; {@code commit} takes actions to run only once the transaction has committed. */
  T run(Handle handle, AfterCommit commit);

  /** Collects actions to run after the commit, such as updating in-memory aggregates. */
  interface AfterCommit {
    void then(Runnable action);
  }
}
