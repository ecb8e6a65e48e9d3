package app.worthit.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * A PostgreSQL database, possibly shared by several server instances. Reads and writes share one
 * connection pool; each piece of write work is its own transaction (see {@link PoolCommitter}).
 */
record PostgresDialect(String url) implements Dialect {
  /** The advisory lock key that serialises migrations across instances ("worthit" in ASCII). */
  private static final long MIGRATION_LOCK = 0x776f72746869L;

  @Override
  public String migrationFolder() {
    return "postgresql";
  }

  @Override
  public Connection open() throws SQLException {
    return DriverManager.getConnection(url);
  }

  /** A pool of twice {@code readers} connections, for reads and writes alike. */
  @Override
  public Database openDatabase(int readers) throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName("worthit-db");
    config.setMaximumPoolSize(Math.max(2, readers * 2));
    config.setMinimumIdle(Math.max(2, readers * 2));
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new SQLException("cannot connect to " + Dialect.redacted(url) + ": " + e.getMessage(), e);
    }
    Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    int version;
    try (Handle handle = jdbi.open()) {
      version = Migrations.apply(handle, this);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(new PoolCommitter(jdbi), jdbi, new PooledStatements(pool), version, true, pool);
  }

  @Override
  public void lockMigrations(Handle handle) {
    handle.createQuery("SELECT 1 FROM (SELECT pg_advisory_lock(:key)) AS locked").bind("key", MIGRATION_LOCK).mapTo(Integer.class).one();
  }

  @Override
  public void unlockMigrations(Handle handle) {
    handle.createQuery("SELECT pg_advisory_unlock(:key)").bind("key", MIGRATION_LOCK).mapTo(Boolean.class).one();
  }
}
