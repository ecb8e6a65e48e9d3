package app.worthit.server.moderation;

import app.worthit.server.db.AuditDao;
import app.worthit.server.db.AuditRow;
import java.util.List;
import app.worthit.server.db.WriteTx;
import org.jdbi.v3.core.Jdbi;

/** Writes every moderation decision to the audit log in the transaction that makes it, and reads it back. */
public final class AuditTrail {
  /** Most entries per page. */
  public static final int MAX_PAGE = 500;

  private final Jdbi reads;

  public AuditTrail(Jdbi reads) {
    this.reads = reads;
  }

  /** Appends an entry on the writer's handle, so the decision and its record commit together. */
  static void record(WriteTx tx, long at, Actor actor, String action, String target, String subjectKey,
      String detail, String reason) {
    tx.dao(AuditDao.class).append(at, actor.name(), action, target, subjectKey, detail, reason);
  }

  /** Up to {@code limit} entries older than {@code before} (null: the newest), newest first. */
  public List<AuditRow> page(Long before, int limit) {
    long upTo = before == null ? Long.MAX_VALUE : before;
    int size = Math.max(1, Math.min(MAX_PAGE, limit));
    return reads.withExtension(AuditDao.class, dao -> dao.page(upTo, size));
  }
}
