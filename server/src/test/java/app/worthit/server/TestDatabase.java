package app.worthit.server;

/** A database made for one test, given to the server as its {@code --db}, removed afterwards. */
public interface TestDatabase extends AutoCloseable {
  /** What {@code serve --db} takes: a file path or a JDBC URL. */
  String url();

  /** Everything stored, as text, to check what never reaches the database (such as clear tokens). */
  String contents() throws Exception;

  /** Removes the database. */
  @Override
  void close() throws Exception;
}
