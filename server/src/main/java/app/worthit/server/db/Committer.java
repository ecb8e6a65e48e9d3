package app.worthit.server.db;

/** Commits write work: {@link #submit} returns the work's result once its transaction has committed. */
public interface Committer extends AutoCloseable {
  /** Runs {@code work} in a transaction and returns its result once committed; a failure applies nothing. */
  <T> T submit(WriteWork<T> work);

  /** Finishes the work already submitted and refuses more. */
  @Override
  void close();
}
