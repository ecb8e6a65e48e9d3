package app.worthit.server.db;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The admin_tokens table: admin bearer tokens, stored only as their SHA-256 hashes. */
public interface AdminTokenDao {
  @SqlUpdate("INSERT INTO admin_tokens (id, token_hash, created_at) VALUES (:id, :tokenHash, :createdAt)")
  void insert(String id, String tokenHash, long createdAt);

  /** The id of the admin token with this hash. */
  @SqlQuery("SELECT id FROM admin_tokens WHERE token_hash = :tokenHash")
  Optional<String> findByHash(String tokenHash);
}
