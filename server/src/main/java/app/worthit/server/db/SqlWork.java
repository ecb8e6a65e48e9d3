package app.worthit.server.db;

import java.sql.SQLException;

/** Hot-path database work over a connection's reusable prepared statements. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Statements statements) throws SQLException;
}
