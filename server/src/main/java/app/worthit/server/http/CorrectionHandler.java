package app.worthit.server.http;

import app.worthit.json.JsonValue;
import app.worthit.model.CorrectedFields;
import app.worthit.model.SubjectKeys;
import app.worthit.server.auth.Principal;
import app.worthit.server.db.CorrectionRow;
import app.worthit.server.moderation.CorrectionDraft;
import app.worthit.server.moderation.CorrectionService;
import app.worthit.server.moderation.ModerationThrottle;
import app.worthit.wire.CorrectionJson;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /api/v1/corrections}: correct or suggest the facts of a group or event; dispute a correction. */
public final class CorrectionHandler {
  private final CorrectionService corrections;
  private final Callers callers;
  private final ModerationThrottle throttle;

  public CorrectionHandler(CorrectionService corrections, Callers callers, ModerationThrottle throttle) {
    this.corrections = corrections;
    this.callers = callers;
    this.throttle = throttle;
  }

  /** POST {@code {key, groupKey?, rules, fields, explanation}}: 201 {@code {correctionId, status, acceptedBy?}}. */
  public void submit(Context ctx) {
    Principal who = callers.require(ctx);
    throttle.act(who.accountId());
    CorrectionDraft draft = draft(RequestBody.optionalObject(ctx));
    CorrectionRow row = corrections.submit(who, draft);
    JsonResponse.send(ctx, 201, JsonResponse.object("correctionId", row.id(), "key", row.subjectKey(),
        "status", row.status(), "acceptedBy", row.acceptedBy()));
  }

  /** POST {@code /{id}/disputes {reason}}: 201 {@code {disputeId, correctionId, status: "open"}}. */
  public void dispute(Context ctx) {
    Principal who = callers.require(ctx);
    throttle.act(who.accountId());
    String reason = ModerationFields.text(RequestBody.optionalObject(ctx), "reason", ModerationFields.MAX_TEXT);
    String id = ctx.pathParam("id");
    String disputeId = corrections.dispute(who, id, reason);
    JsonResponse.send(ctx, 201, JsonResponse.object("disputeId", disputeId, "correctionId", id, "status", "open"));
  }

  private static CorrectionDraft draft(JsonValue.Obj body) {
    String key = ModerationFields.subjectKey(body, "key");
    String groupKey = body.get("groupKey").isNull() ? null : ModerationFields.groupKey(body, "groupKey");
    if (groupKey != null && SubjectKeys.isGroup(key) && !groupKey.equals(key)) {
      throw Problem.invalid("groupKey of a group's correction must be the group's own key");
    }
    Map<String, Boolean> rules = CorrectionJson.rules(body.get("rules"), "rules");
    CorrectedFields fields = CorrectionJson.fields(body.get("fields"), "fields");
    if (rules.isEmpty() && fields.isEmpty()) {
      throw Problem.invalid("a correction sets at least one rule or field");
    }
    String explanation = ModerationFields.text(body, "explanation", ModerationFields.MAX_TEXT);
    return new CorrectionDraft(key, groupKey, rules, fields, explanation);
  }
}
