package app.worthit.server.db;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writing connection, owned by one thread. Work submitted concurrently is committed
 * together in one transaction (group commit), each piece inside its own savepoint so a failing piece
 * applies nothing and leaves the others alone. {@link #submit} returns only after the commit.
 */
public final class Writer implements Committer {
  private static final Logger LOG = LoggerFactory.getLogger(Writer.class);
  /** Most pieces of work committed together; bounds the latency one commit adds. */
  static final int MAX_GROUP = 64;

  private record Task<T>(WriteWork<T> work, CompletableFuture<T> result, List<Runnable> after) {}

  private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
  private final Handle handle;
  private final Statements statements;
  private final Thread thread;
  private volatile boolean closing;

  Writer(Handle handle) {
    this.handle = handle;
    this.statements = new Statements(handle.getConnection());
    this.thread = new Thread(this::loop, "db-writer");
    thread.start();
  }

  /** Runs {@code work} in the next group transaction and returns its result once committed. */
  @Override
  public <T> T submit(WriteWork<T> work) {
    if (closing) {
      throw new IllegalStateException("the database is closing");
    }
    Task<T> task = new Task<>(work, new CompletableFuture<>(), new ArrayList<>());
    queue.add(task);
    try {
      return task.result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the database", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void loop() {
    List<Task<?>> group = new ArrayList<>();
    while (!closing || !queue.isEmpty()) {
      try {
        Task<?> first = queue.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        queue.drainTo(group, MAX_GROUP - 1);
        commit(group);
      } catch (InterruptedException e) {
        closing = true;
      } finally {
        group.clear();
      }
    }
  }

  private void commit(List<Task<?>> group) {
    List<Object> results = new ArrayList<>(group.size());
    try {
      handle.begin();
      for (Task<?> task : group) {
        results.add(runInSavepoint(task));
      }
      handle.commit();
    } catch (RuntimeException e) {
      LOG.error("group commit failed", e);
      rollbackQuietly();
      for (Task<?> task : group) {
        task.result.completeExceptionally(e);
      }
      return;
    }
    for (int i = 0; i < group.size(); i++) {
      complete(group.get(i), results.get(i));
    }
  }

  private Object runInSavepoint(Task<?> task) {
    // Savepoints through reused prepared statements: through Jdbi they cost as much as a sync's work.
    execute("SAVEPOINT work");
    try {
      Object result = task.work.run(new WriteTx(handle, statements, task.after));
      execute("RELEASE SAVEPOINT work");
      return result;
    } catch (RuntimeException e) {
      execute("ROLLBACK TO SAVEPOINT work");
      execute("RELEASE SAVEPOINT work");
      task.after.clear();
      return new Failure(e);
    }
  }

  private void execute(String sql) {
    try {
      statements.get(sql).execute();
    } catch (java.sql.SQLException e) {
      throw new StorageException(sql + " failed", e);
    }
  }

  private record Failure(RuntimeException error) {}

  @SuppressWarnings("unchecked")
  private static <T> void complete(Task<T> task, Object result) {
    if (result instanceof Failure f) {
      task.result.completeExceptionally(f.error);
      return;
    }
    for (Runnable action : task.after) {
      action.run();
    }
    task.result.complete((T) result);
  }

  private void rollbackQuietly() {
    try {
      handle.rollback();
    } catch (RuntimeException e) {
      LOG.warn("rollback failed", e);
    }
  }

  /** Commits what is queued, then stops the writer thread and closes its handle. */
  @Override
  public void close() {
    closing = true;
    try {
      thread.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    handle.close();
  }
}
