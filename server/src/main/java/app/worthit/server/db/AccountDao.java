package app.worthit.server.db;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The accounts table: one row per anonymous account, with its sync sequence counter. */
public interface AccountDao {
  /** Shared with {@link SyncQueries}. */
  String RESERVE_SEQ = "UPDATE accounts SET last_seq = last_seq + :count WHERE id = :id";
  String LAST_SEQ = "SELECT last_seq FROM accounts WHERE id = :id";

  @SqlUpdate("INSERT INTO accounts (id, created_at, last_seq) VALUES (:id, :createdAt, 0)")
  void insert(String id, long createdAt);

  /** Reserves {@code count} sequence numbers; 0 rows updated means the account is gone. */
  @SqlUpdate(RESERVE_SEQ)
  int reserveSeq(String id, int count);

  @SqlQuery(LAST_SEQ)
  Optional<Long> lastSeq(String id);

  @SqlUpdate("DELETE FROM accounts WHERE id = :id")
  int delete(String id);
}
