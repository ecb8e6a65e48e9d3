package app.worthit.server.db;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The accounts table: one row per anonymous account, with its sync sequence counter. */
public interface AccountDao {
  /** Shared with {@link SyncQueries}. */
  String RESERVE_SEQ = "UPDATE accounts SET last_seq = last_seq + :count WHERE id = :id RETURNING last_seq";

  @SqlUpdate("INSERT INTO accounts (id, created_at, last_seq) VALUES (:id, :createdAt, 0)")
  void insert(String id, long createdAt);

  /** Reserves {@code count} sequence numbers and returns the last; empty when the account is gone. */
  @SqlQuery(RESERVE_SEQ)
  Optional<Long> reserveSeq(String id, int count);

  @SqlUpdate("DELETE FROM accounts WHERE id = :id")
  int delete(String id);
}
