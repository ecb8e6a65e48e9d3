package app.worthit.server.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The append-only audit_log table; entries are numbered in the order they were written. */
@RegisterConstructorMapper(AuditRow.class)
public interface AuditDao {
  // The next number is read inside the writer's transaction; the primary key refuses any duplicate.
  @SqlUpdate("INSERT INTO audit_log (seq, at, actor, action, target, subject_key, detail, reason)"
      + " SELECT COALESCE(MAX(seq), 0) + 1, :at, :actor, :action, :target, :subjectKey, :detail, :reason FROM audit_log")
  void append(long at, String actor, String action, String target, String subjectKey, String detail, String reason);

  /** The newest entries before {@code before} (exclusive), newest first. */
  @SqlQuery("SELECT seq, at, actor, action, target, subject_key, detail, reason FROM audit_log"
      + " WHERE seq < :before ORDER BY seq DESC LIMIT :limit")
  List<AuditRow> page(long before, int limit);
}
