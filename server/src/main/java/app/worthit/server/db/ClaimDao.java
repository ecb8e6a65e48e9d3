package app.worthit.server.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The claims table: who says they organise which group, and whether that was proven. */
@RegisterConstructorMapper(ClaimRow.class)
public interface ClaimDao {
  String COLUMNS = "id, account_id, group_key, phrase, status, reviewed, created_at, updated_at";

  @SqlUpdate("INSERT INTO claims (" + COLUMNS + ") VALUES (:id, :accountId, :groupKey, :phrase, 'pending', 0, :now, :now)")
  void insert(String id, String accountId, String groupKey, String phrase, long now);

  @SqlQuery("SELECT " + COLUMNS + " FROM claims WHERE id = :id")
  Optional<ClaimRow> find(String id);

  @SqlQuery("SELECT " + COLUMNS + " FROM claims WHERE account_id = :accountId ORDER BY created_at, id")
  List<ClaimRow> byAccount(String accountId);

  /** True when the account holds a verified claim on the group: checked on every moderator act. */
  @SqlQuery("SELECT COUNT(*) > 0 FROM claims WHERE account_id = :accountId AND group_key = :groupKey AND status = 'verified'")
  boolean moderates(String accountId, String groupKey);

  /** True when the account holds any verified claim, i.e. acts as an organiser. */
  @SqlQuery("SELECT COUNT(*) > 0 FROM claims WHERE account_id = :accountId AND status = 'verified'")
  boolean isModerator(String accountId);

  @SqlUpdate("UPDATE claims SET status = :status, reviewed = :reviewed, updated_at = :now WHERE id = :id")
  void decide(String id, String status, int reviewed, long now);

  /** Claims an admin should look at: pending ones and those verified by proof but not yet reviewed. */
  @SqlQuery("SELECT " + COLUMNS + " FROM claims WHERE status = 'pending' OR (status = 'verified' AND reviewed = 0)"
      + " ORDER BY created_at, id")
  List<ClaimRow> inQueue();
}
