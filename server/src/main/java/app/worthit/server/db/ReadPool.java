package app.worthit.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jdbi.v3.core.ConnectionFactory;

/** A fixed set of reading connections, lent to Jdbi handles or to hot-path code; borrowers wait when all are out. */
final class ReadPool implements ConnectionFactory, StatementSource {
  private final BlockingQueue<Statements> idle;
  private final Map<Connection, Statements> byConnection = new IdentityHashMap<>();
  private final List<Statements> all = new ArrayList<>();

  ReadPool(Dialect dialect, int size) throws SQLException {
    idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      Statements s = new Statements(dialect.open());
      all.add(s);
      byConnection.put(s.connection(), s);
      idle.add(s);
    }
  }

  /** Borrows a connection with its statement cache; give it back with {@link #release}. */
  @Override
  public Statements borrow() throws SQLException {
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a read connection", e);
    }
  }

  @Override
  public void release(Statements s) {
    idle.add(s);
  }

  @Override
  public Connection openConnection() throws SQLException {
    return borrow().connection();
  }

  @Override
  public void closeConnection(Connection connection) {
    release(byConnection.get(connection));
  }

  @Override
  public void close() throws SQLException {
    for (Statements s : all) {
      s.close();
    }
  }
}
