package app.worthit.server.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The devices table: each device's bearer token is stored only as its SHA-256 hash. */
@RegisterConstructorMapper(DeviceRow.class)
public interface DeviceDao {
  /** Shared with {@link SyncQueries}. */
  String BY_TOKEN_HASH = "SELECT id, account_id, name, token_hash, created_at FROM devices WHERE token_hash = :tokenHash";

  @SqlUpdate("INSERT INTO devices (id, account_id, name, token_hash, created_at) VALUES (:id, :accountId, :name, :tokenHash, :createdAt)")
  void insert(String id, String accountId, String name, String tokenHash, long createdAt);

  @SqlQuery(BY_TOKEN_HASH)
  Optional<DeviceRow> findByTokenHash(String tokenHash);

  @SqlQuery("SELECT id, account_id, name, token_hash, created_at FROM devices WHERE account_id = :accountId ORDER BY created_at, id")
  List<DeviceRow> listByAccount(String accountId);

  /** Revokes a device of this account; 0 when no such device belongs to it. */
  @SqlUpdate("DELETE FROM devices WHERE id = :id AND account_id = :accountId")
  int delete(String id, String accountId);
}
