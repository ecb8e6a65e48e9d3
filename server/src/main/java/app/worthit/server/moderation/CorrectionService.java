package app.worthit.server.moderation;

import app.worthit.model.Acceptor;
import app.worthit.model.SubjectKeys;
import app.worthit.server.auth.Principal;
import app.worthit.server.auth.Secrets;
import app.worthit.server.community.VoteDelta;
import app.worthit.server.db.ClaimDao;
import app.worthit.server.db.CorrectionDao;
import app.worthit.server.db.CorrectionRow;
import app.worthit.server.db.Database;
import app.worthit.server.db.DisputeDao;
import app.worthit.server.http.Problem;
import java.util.function.LongSupplier;
import app.worthit.server.db.WriteTx;

/**
 * Corrections and their review. A verified moderator's correction of their own group or its events
 * applies at once and still awaits review; any other account's is a suggestion pending review; an
 * account that moderates some group may not correct any other group (403). Each decision is audited
 * in its own transaction and reaches the in-memory index only once committed.
 */
public final class CorrectionService {
  /** What an admin can decide about a correction. */
  public enum Decision { ACCEPT, REJECT, REVERT }

  private final Database db;
  private final CorrectionIndex index;
  private final LongSupplier clock;

  public CorrectionService(Database db, CorrectionIndex index, LongSupplier clock) {
    this.db = db;
    this.index = index;
    this.clock = clock;
  }

  /** Stores a correction: applied at once for the group's moderator, else pending. */
  public CorrectionRow submit(Principal who, CorrectionDraft d) {
    long now = clock.getAsLong();
    String id = Secrets.newId();
    String group = SubjectKeys.isGroup(d.key()) ? d.key() : d.groupKey();
    return db.writer().submit(tx -> {
      ClaimDao claims = tx.dao(ClaimDao.class);
      boolean organiser = group != null && claims.moderates(who.accountId(), group);
      if (!organiser && claims.isModerator(who.accountId())) {
        throw Refusals.forbidden("a moderator corrects only their own groups and those groups' events"
            + (group == null ? "; name the event's groupKey" : "; " + group + " is not one of them"));
      }
      CorrectionRow row = new CorrectionRow(id, who.accountId(), d.key(), VoteDelta.prefixOf(d.key()), group,
          StoredCorrection.rulesText(d), StoredCorrection.fieldsText(d), d.explanation(),
          organiser ? CorrectionRow.APPLIED : CorrectionRow.PENDING, organiser ? Acceptor.ORGANISER.wire() : null,
          1, now, organiser ? now : null, now);
      tx.dao(CorrectionDao.class).insert(row);
      AuditTrail.record(tx, now, Actor.account(who.accountId()), organiser ? "correction.applied" : "correction.suggested",
          "correction:" + id, d.key(), StoredCorrection.what(row), d.explanation());
      tx.afterCommit(() -> index.apply(row));
      return row;
    });
  }

  /** Disputes an applied correction: it stays applied and goes back to the review queue. */
  public String dispute(Principal who, String correctionId, String reason) {
    long now = clock.getAsLong();
    String id = Secrets.newId();
    return db.writer().submit(tx -> {
      CorrectionRow row = find(tx, correctionId);
      if (!CorrectionRow.APPLIED.equals(row.status())) {
        throw Refusals.conflict("the correction is " + row.status() + "; only an applied correction can be disputed");
      }
      tx.dao(DisputeDao.class).insert(id, correctionId, who.accountId(), reason, now);
      tx.dao(CorrectionDao.class).update(with(row, row.status(), row.acceptedBy(), 1, row.appliedAt(), now));
      AuditTrail.record(tx, now, Actor.account(who.accountId()), "correction.disputed", "correction:" + correctionId,
          row.subjectKey(), "dispute:" + id, reason);
      return id;
    });
  }

  /**
   * An admin's decision. Accept applies a suggestion (accepted by review) or confirms an organiser's
   * correction; reject refuses one awaiting review (unapplying it); revert unapplies any applied
   * correction. Each closes the correction's open disputes.
   */
  public CorrectionRow decide(Actor admin, String correctionId, Decision decision, String reason) {
    long now = clock.getAsLong();
    return db.writer().submit(tx -> {
      CorrectionRow row = find(tx, correctionId);
      CorrectionRow next = switch (decision) {
        case ACCEPT -> accept(row, now);
        case REJECT -> reject(row, now);
        case REVERT -> revert(row, now);
      };
      tx.dao(CorrectionDao.class).update(next);
      tx.dao(DisputeDao.class).resolve(correctionId);
      AuditTrail.record(tx, now, admin, "correction." + past(decision), "correction:" + correctionId, row.subjectKey(),
          row.status() + " -> " + next.status() + " " + StoredCorrection.what(row), reason);
      tx.afterCommit(() -> index.apply(next));
      return next;
    });
  }

  private static CorrectionRow accept(CorrectionRow row, long now) {
    if (CorrectionRow.PENDING.equals(row.status())) {
      return with(row, CorrectionRow.APPLIED, Acceptor.REVIEW.wire(), 0, now, now);
    }
    if (CorrectionRow.APPLIED.equals(row.status()) && row.inReview() == 1) {
      return with(row, CorrectionRow.APPLIED, row.acceptedBy(), 0, row.appliedAt(), now);
    }
    throw Refusals.conflict("the correction is " + row.status() + " and not awaiting review");
  }

  private static CorrectionRow reject(CorrectionRow row, long now) {
    if (row.inReview() != 1) {
      throw Refusals.conflict("the correction is " + row.status() + " and not awaiting review; revert an applied one");
    }
    return with(row, CorrectionRow.REJECTED, row.acceptedBy(), 0, row.appliedAt(), now);
  }

  private static CorrectionRow revert(CorrectionRow row, long now) {
    if (!CorrectionRow.APPLIED.equals(row.status())) {
      throw Refusals.conflict("the correction is " + row.status() + "; only an applied correction can be reverted");
    }
    return with(row, CorrectionRow.REVERTED, row.acceptedBy(), 0, row.appliedAt(), now);
  }

  private static String past(Decision d) {
    return switch (d) {
      case ACCEPT -> "accepted";
      case REJECT -> "rejected";
      case REVERT -> "reverted";
    };
  }

  private static CorrectionRow with(CorrectionRow r, String status, String acceptedBy, int inReview, Long appliedAt, long now) {
    return new CorrectionRow(r.id(), r.author(), r.subjectKey(), r.keyPrefix(), r.groupKey(), r.rules(), r.fields(),
        r.explanation(), status, acceptedBy, inReview, r.createdAt(), appliedAt, now);
  }

  private static CorrectionRow find(WriteTx tx, String id) {
    return tx.dao(CorrectionDao.class).find(id).orElseThrow(() -> Problem.notFound("no correction " + id));
  }
}
