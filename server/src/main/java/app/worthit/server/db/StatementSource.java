package app.worthit.server.db;

import java.sql.SQLException;

/** Lends connections with their prepared statements to hot-path reads; each is given back after use. */
interface StatementSource extends AutoCloseable {
  /** A connection with its statements, waiting while none is free. */
  Statements borrow() throws SQLException;

  /** Takes back what {@link #borrow} lent. */
  void release(Statements statements);

  @Override
  void close() throws SQLException;
}
