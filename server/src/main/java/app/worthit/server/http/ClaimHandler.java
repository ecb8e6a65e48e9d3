package app.worthit.server.http;

import app.worthit.json.JsonValue;
import app.worthit.server.auth.Principal;
import app.worthit.server.db.ClaimRow;
import app.worthit.server.moderation.Claims;
import app.worthit.server.moderation.ModerationThrottle;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** {@code /api/v1/claims}: claim a group, list one's claims, prove a claim with the group's own page. */
public final class ClaimHandler {
  private final Claims claims;
  private final Callers callers;
  private final ModerationThrottle throttle;

  public ClaimHandler(Claims claims, Callers callers, ModerationThrottle throttle) {
    this.claims = claims;
    this.callers = callers;
    this.throttle = throttle;
  }

  /** POST {@code {groupKey}}: 201 {@code {claimId, groupKey, phrase, status}}. */
  public void create(Context ctx) {
    Principal who = callers.require(ctx);
    throttle.act(who.accountId());
    String groupKey = ModerationFields.groupKey(RequestBody.optionalObject(ctx), "groupKey");
    JsonResponse.send(ctx, 201, json(claims.create(who, groupKey)));
  }

  /** GET: {@code {claims: [...]}}, the caller's own. */
  public void list(Context ctx) {
    List<JsonValue> items = new ArrayList<>();
    for (ClaimRow c : claims.mine(callers.require(ctx))) {
      items.add(json(c));
    }
    JsonResponse.send(ctx, 200, JsonResponse.object("claims", new JsonValue.Arr(items)));
  }

  /** POST {@code /{id}/proof} {@code {url, text}}: the group's own page as the extension saw it. */
  public void prove(Context ctx) {
    Principal who = callers.require(ctx);
    throttle.act(who.accountId());
    JsonValue.Obj body = RequestBody.optionalObject(ctx);
    String url = Fields.requiredString(body, "url", ModerationFields.MAX_URL);
    String text = Fields.requiredString(body, "text", ModerationFields.MAX_PAGE_TEXT);
    JsonResponse.send(ctx, 200, json(claims.prove(who, ctx.pathParam("id"), url, text)));
  }

  static JsonValue.Obj json(ClaimRow c) {
    return JsonResponse.object("claimId", c.id(), "groupKey", c.groupKey(), "phrase", c.phrase(), "status", c.status());
  }
}
