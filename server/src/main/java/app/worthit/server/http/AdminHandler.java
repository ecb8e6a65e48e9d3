package app.worthit.server.http;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.server.db.AuditRow;
import app.worthit.server.db.ClaimRow;
import app.worthit.server.db.CorrectionRow;
import app.worthit.server.db.DisputeRow;
import app.worthit.server.moderation.Actor;
import app.worthit.server.moderation.AdminTokens;
import app.worthit.server.moderation.AuditTrail;
import app.worthit.server.moderation.Claims;
import app.worthit.server.moderation.CorrectionService;
import app.worthit.server.moderation.CorrectionService.Decision;
import app.worthit.server.moderation.ModerationQueue;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code /api/v1/admin}: the review queue, decisions on claims and corrections, the audit log. */
public final class AdminHandler {
  private final AdminTokens tokens;
  private final ModerationQueue queue;
  private final Claims claims;
  private final CorrectionService corrections;
  private final AuditTrail audit;

  public AdminHandler(AdminTokens tokens, ModerationQueue queue, Claims claims, CorrectionService corrections,
      AuditTrail audit) {
    this.tokens = tokens;
    this.queue = queue;
    this.claims = claims;
    this.corrections = corrections;
    this.audit = audit;
  }

  /** GET queue: {@code {claims, corrections, disputes}} awaiting a decision. */
  public void queue(Context ctx) {
    tokens.require(ctx);
    ModerationQueue.Snapshot s = queue.read();
    List<JsonValue> cl = new ArrayList<>();
    s.claims().forEach(c -> cl.add(claim(c)));
    List<JsonValue> co = new ArrayList<>();
    s.corrections().forEach(c -> co.add(correction(c)));
    List<JsonValue> di = new ArrayList<>();
    s.disputes().forEach(d -> di.add(dispute(d)));
    JsonResponse.send(ctx, 200, JsonResponse.object("claims", new JsonValue.Arr(cl), "corrections",
        new JsonValue.Arr(co), "disputes", new JsonValue.Arr(di)));
  }

  /** GET corrections?status=applied&limit=200: {@code {corrections: [...]}}, newest first. */
  public void corrections(Context ctx) {
    tokens.require(ctx);
    String status = ctx.queryParam("status") == null ? CorrectionRow.APPLIED : ctx.queryParam("status");
    if (!List.of(CorrectionRow.PENDING, CorrectionRow.APPLIED, CorrectionRow.REJECTED, CorrectionRow.REVERTED).contains(status)) {
      throw Problem.invalid("status must be one of pending, applied, rejected, reverted");
    }
    Long limit = longParam(ctx, "limit");
    List<JsonValue> items = new ArrayList<>();
    queue.corrections(status, limit == null ? 200 : (int) Math.min(limit, AuditTrail.MAX_PAGE)).forEach(c -> items.add(correction(c)));
    JsonResponse.send(ctx, 200, JsonResponse.object("corrections", new JsonValue.Arr(items)));
  }

  /** POST claims/{id}/approve {@code {reason?}}. */
  public void approveClaim(Context ctx) {
    decideClaim(ctx, true);
  }

  /** POST claims/{id}/reject {@code {reason?}}: refuses a pending claim or revokes a verified one. */
  public void rejectClaim(Context ctx) {
    decideClaim(ctx, false);
  }

  /** POST corrections/{id}/accept {@code {reason?}}. */
  public void accept(Context ctx) {
    decideCorrection(ctx, Decision.ACCEPT);
  }

  /** POST corrections/{id}/reject {@code {reason?}}. */
  public void reject(Context ctx) {
    decideCorrection(ctx, Decision.REJECT);
  }

  /** POST corrections/{id}/revert {@code {reason?}}. */
  public void revert(Context ctx) {
    decideCorrection(ctx, Decision.REVERT);
  }

  /** GET audit?limit=100&before=seq: {@code {entries: [...]}}, newest first. */
  public void audit(Context ctx) {
    tokens.require(ctx);
    Long before = longParam(ctx, "before");
    Long limit = longParam(ctx, "limit");
    List<JsonValue> items = new ArrayList<>();
    for (AuditRow r : audit.page(before, limit == null ? 100 : (int) Math.min(limit, AuditTrail.MAX_PAGE))) {
      items.add(JsonResponse.object("seq", r.seq(), "at", Instant.ofEpochMilli(r.at()).toString(), "actor", r.actor(),
          "action", r.action(), "target", r.target(), "key", r.subjectKey(), "detail", r.detail(), "reason", r.reason()));
    }
    JsonResponse.send(ctx, 200, JsonResponse.object("entries", new JsonValue.Arr(items)));
  }

  private void decideClaim(Context ctx, boolean approve) {
    Actor admin = tokens.require(ctx);
    String reason = ModerationFields.optionalReason(RequestBody.optionalObject(ctx));
    JsonResponse.send(ctx, 200, ClaimHandler.json(claims.decide(admin, ctx.pathParam("id"), approve, reason)));
  }

  private void decideCorrection(Context ctx, Decision decision) {
    Actor admin = tokens.require(ctx);
    String reason = ModerationFields.optionalReason(RequestBody.optionalObject(ctx));
    JsonResponse.send(ctx, 200, correction(corrections.decide(admin, ctx.pathParam("id"), decision, reason)));
  }

  private static Long longParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return null;
    }
    if (!v.matches("[0-9]{1,18}") || Long.parseLong(v) < 1) {
      throw Problem.invalid(name + " must be a positive integer");
    }
    return Long.parseLong(v);
  }

  private static JsonValue claim(ClaimRow c) {
    return JsonResponse.object("claimId", c.id(), "account", c.accountId(), "groupKey", c.groupKey(),
        "phrase", c.phrase(), "status", c.status(), "createdAt", Instant.ofEpochMilli(c.createdAt()).toString());
  }

  static JsonValue correction(CorrectionRow c) {
    return JsonResponse.object("correctionId", c.id(), "author", c.author(), "key", c.subjectKey(),
        "groupKey", c.groupKey(), "rules", JsonParser.parse(c.rules()), "fields", JsonParser.parse(c.fields()),
        "explanation", c.explanation(), "status", c.status(), "acceptedBy", c.acceptedBy(),
        "inReview", c.inReview() == 1, "createdAt", Instant.ofEpochMilli(c.createdAt()).toString());
  }

  private static JsonValue dispute(DisputeRow d) {
    return JsonResponse.object("disputeId", d.id(), "correctionId", d.correctionId(), "author", d.author(),
        "reason", d.reason(), "createdAt", Instant.ofEpochMilli(d.createdAt()).toString());
  }
}
