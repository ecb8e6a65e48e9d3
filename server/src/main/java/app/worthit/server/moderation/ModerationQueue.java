package app.worthit.server.moderation;

import app.worthit.server.db.ClaimDao;
import app.worthit.server.db.ClaimRow;
import app.worthit.server.db.CorrectionDao;
import app.worthit.server.db.CorrectionRow;
import app.worthit.server.db.DisputeDao;
import app.worthit.server.db.DisputeRow;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** What awaits an admin: pending and unreviewed claims, corrections in review, open disputes. */
public final class ModerationQueue {
  /** One snapshot of the queue. */
  public record Snapshot(List<ClaimRow> claims, List<CorrectionRow> corrections, List<DisputeRow> disputes) {}

  private final Jdbi reads;

  public ModerationQueue(Jdbi reads) {
    this.reads = reads;
  }

  /** The newest corrections of a status (pending, applied, rejected or reverted), newest first. */
  public List<CorrectionRow> corrections(String status, int limit) {
    return reads.withExtension(CorrectionDao.class, dao -> dao.byStatus(status, limit));
  }

  /** The queue, read in one transaction so its parts agree. */
  public Snapshot read() {
    return reads.inTransaction(h -> new Snapshot(h.attach(ClaimDao.class).inQueue(),
        h.attach(CorrectionDao.class).inQueue(), h.attach(DisputeDao.class).open()));
  }
}
