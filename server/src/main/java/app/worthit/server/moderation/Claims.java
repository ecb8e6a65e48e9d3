package app.worthit.server.moderation;

import app.worthit.model.SubjectKeys;
import app.worthit.server.auth.Principal;
import app.worthit.server.auth.Secrets;
import app.worthit.server.db.ClaimDao;
import app.worthit.server.db.ClaimRow;
import app.worthit.server.db.Database;
import app.worthit.server.http.Problem;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import app.worthit.server.db.WriteTx;

/**
 * Claims that an account organises a group: created with a phrase, verified when the claimant's
 * extension shows the phrase on the group's own page, approved or rejected (revoked) by an admin.
 * Power follows the stored status, which is read on every moderator act, so revocation acts at once.
 */
public final class Claims {
  private final Database db;
  private final LongSupplier clock;

  public Claims(Database db, LongSupplier clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A new pending claim on a group, with the phrase to put in the group's public description. */
  public ClaimRow create(Principal who, String groupKey) {
    String id = Secrets.newId();
    String phrase = "worthit-" + Secrets.newPairingCode().toLowerCase(Locale.ROOT);
    long now = clock.getAsLong();
    return db.writer().submit(tx -> {
      tx.dao(ClaimDao.class).insert(id, who.accountId(), groupKey, phrase, now);
      AuditTrail.record(tx, now, Actor.account(who.accountId()), "claim.created", "claim:" + id, groupKey, "", null);
      return find(tx, id);
    });
  }

  /** The caller's own claims. */
  public List<ClaimRow> mine(Principal who) {
    return db.reads().withExtension(ClaimDao.class, dao -> dao.byAccount(who.accountId()));
  }

  /**
   * Verifies a pending claim of the caller when {@code pageUrl} is the group's own page and
   * {@code pageText} contains the phrase (case and runs of white space do not matter).
   */
  public ClaimRow prove(Principal who, String claimId, String pageUrl, String pageText) {
    long now = clock.getAsLong();
    return db.writer().submit(tx -> {
      ClaimRow claim = tx.dao(ClaimDao.class).find(claimId)
          .filter(c -> c.accountId().equals(who.accountId()))
          .orElseThrow(() -> Problem.notFound("no claim " + claimId + " on this account"));
      if (!ClaimRow.PENDING.equals(claim.status())) {
        throw Refusals.conflict("the claim is " + claim.status() + ", only a pending claim can be proven");
      }
      String pageKey = SubjectKeys.fromUrl(pageUrl);
      if (!claim.groupKey().equals(pageKey)) {
        throw Refusals.proofRejected("the page " + pageUrl + " is not the own page of " + claim.groupKey());
      }
      if (!squeeze(pageText).contains(claim.phrase())) {
        throw Refusals.proofRejected("the phrase " + claim.phrase() + " is not on the page");
      }
      tx.dao(ClaimDao.class).decide(claimId, ClaimRow.VERIFIED, 0, now);
      AuditTrail.record(tx, now, Actor.account(who.accountId()), "claim.verified", "claim:" + claimId,
          claim.groupKey(), "phrase shown on " + pageUrl, null);
      return find(tx, claimId);
    });
  }

  /** An admin's decision: approve verifies and marks reviewed; reject refuses a pending claim or revokes a verified one. */
  public ClaimRow decide(Actor admin, String claimId, boolean approve, String reason) {
    long now = clock.getAsLong();
    return db.writer().submit(tx -> {
      ClaimRow claim = find(tx, claimId);
      String status = claim.status();
      if (!approve && (ClaimRow.REJECTED.equals(status) || ClaimRow.REVOKED.equals(status))) {
        throw Refusals.conflict("the claim is already " + status);
      }
      String next = approve ? ClaimRow.VERIFIED : ClaimRow.VERIFIED.equals(status) ? ClaimRow.REVOKED : ClaimRow.REJECTED;
      tx.dao(ClaimDao.class).decide(claimId, next, 1, now);
      String action = approve ? "claim.approved" : ClaimRow.REVOKED.equals(next) ? "claim.revoked" : "claim.rejected";
      AuditTrail.record(tx, now, admin, action, "claim:" + claimId, claim.groupKey(), status + " -> " + next, reason);
      return find(tx, claimId);
    });
  }

  private static ClaimRow find(WriteTx tx, String id) {
    return tx.dao(ClaimDao.class).find(id).orElseThrow(() -> Problem.notFound("no claim " + id));
  }

  private static String squeeze(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
