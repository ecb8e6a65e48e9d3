package app.worthit.server.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The disputes table. */
@RegisterConstructorMapper(DisputeRow.class)
public interface DisputeDao {
  @SqlUpdate("INSERT INTO disputes (id, correction_id, author, reason, status, created_at)"
      + " VALUES (:id, :correctionId, :author, :reason, 'open', :now)")
  void insert(String id, String correctionId, String author, String reason, long now);

  @SqlQuery("SELECT id, correction_id, author, reason, status, created_at FROM disputes WHERE status = 'open'"
      + " ORDER BY created_at, id")
  List<DisputeRow> open();

  /** Closes the open disputes of a correction once an admin has decided it. */
  @SqlUpdate("UPDATE disputes SET status = 'resolved' WHERE correction_id = :correctionId AND status = 'open'")
  int resolve(String correctionId);
}
