package app.worthit.server.db;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Hot-path reads on connections of a pool such as HikariCP: statements are prepared per borrow and
 * closed on release (the PostgreSQL driver keeps each connection's server-side prepared statements).
 */
final class PooledStatements implements StatementSource {
  private final DataSource pool;

  PooledStatements(DataSource pool) {
    this.pool = pool;
  }

  @Override
  public Statements borrow() throws SQLException {
    return new Statements(pool.getConnection());
  }

  @Override
  public void release(Statements statements) {
    try {
      statements.close();
    } catch (SQLException e) {
      throw new StorageException("cannot give a connection back to the pool", e);
    }
  }

  /** The pool itself is closed by the database. */
  @Override
  public void close() {}
}
