package app.worthit.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jdbi.v3.core.ConnectionFactory;

/** A fixed set of reading connections lent to Jdbi handles; a borrower waits when all are out. */
final class ReadPool implements ConnectionFactory, AutoCloseable {
  private final BlockingQueue<Connection> idle;
  private final List<Connection> all = new ArrayList<>();

  ReadPool(Dialect dialect, int size) throws SQLException {
    idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      Connection c = dialect.open();
      all.add(c);
      idle.add(c);
    }
  }

  @Override
  public Connection openConnection() throws SQLException {
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a read connection", e);
    }
  }

  @Override
  public void closeConnection(Connection connection) {
    idle.add(connection);
  }

  @Override
  public void close() throws SQLException {
    for (Connection c : all) {
      c.close();
    }
  }
}
