package app.worthit.server.db;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The accounts table: one row per anonymous account, with its sync sequence counter. */
public interface AccountDao {
  /** Shared with {@link SyncQueries}. */
  String RESERVE_SEQ = "UPDATE accounts SET last_seq = last_seq + :count WHERE id = :id RETURNING last_seq";
  /** {@link #RESERVE_SEQ} returning what a sync needs to know of the account too; see {@link AccountState}. */
  String RESERVE_SEQ_STATE = RESERVE_SEQ + ", created_at, COALESCE(counted_at, 0), cohort";
  /** Shared with {@link SyncQueries}: the account's votes count from now on. */
  String MARK_COUNTED = "UPDATE accounts SET counted_at = :now WHERE id = :id";

  @SqlUpdate("INSERT INTO accounts (id, created_at, last_seq, cohort) VALUES (:id, :createdAt, 0, :cohort)")
  void insert(String id, long createdAt, String cohort);

  /** Shared with {@link SyncQueries}: the account's state without reserving anything. */
  String STATE = "SELECT last_seq, created_at, COALESCE(counted_at, 0) AS counted_at, cohort FROM accounts WHERE id = :id";

  /** See {@link #STATE}. */
  @SqlQuery(STATE)
  @RegisterConstructorMapper(AccountState.class)
  Optional<AccountState> state(String id);

  /** Reserves {@code count} sequence numbers and returns the last; empty when the account is gone. */
  @SqlQuery(RESERVE_SEQ)
  Optional<Long> reserveSeq(String id, int count);

  @SqlUpdate("DELETE FROM accounts WHERE id = :id")
  int delete(String id);
}
