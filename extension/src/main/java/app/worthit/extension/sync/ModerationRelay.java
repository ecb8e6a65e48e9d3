package app.worthit.extension.sync;

import app.worthit.extension.moderation.CorrectionDraft;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.model.SubjectKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.jso.core.JSPromise;

/**
 * The worker's side of claims and corrections: content scripts never hold the device token, so they
 * ask here and this calls the server as the account; a correction comes as the form's values and is
 * checked and built here. Every reply is
 * {"connected", "status", "body", "error"}: connected false when this browser has no sync account.
 */
final class ModerationRelay {
  private final SyncStore store;
  private final CommunityCache community;

  ModerationRelay(SyncStore store, CommunityCache community) {
    this.store = store;
    this.community = community;
  }

  /** True for the message types handled here. */
  static boolean handles(String type) {
    return "claims".equals(type) || "claim".equals(type) || "proof".equals(type) || "correct".equals(type);
  }

  /** Answers one message of a type {@link #handles} accepts. */
  void handle(String type, JsonValue msg, TextCallback reply) {
    store.read().then(items -> {
      SyncAccount account = SyncStore.account(items);
      if (account == null) {
        reply.accept(reply(false, 0, null, null));
        return null;
      }
      JSPromise<ApiAnswer> call;
      try {
        call = call(new ServerApi(account.server(), account.token()), type, msg);
      } catch (IllegalArgumentException e) {
        // The form is not ready (no explanation, nothing chosen, a price that is no number): say what to fix.
        reply.accept(reply(true, 0, null, e.getMessage()));
        return null;
      }
      if (call == null) {
        reply.accept(reply(true, 0, null, "The extension sent an incomplete request; reload the page and try again."));
        return null;
      }
      call.then(answer -> {
        if ("correct".equals(type) && answer.ok()) {
          // The organiser's own pages show an applied correction on the next lookup, not minutes later.
          community.clear();
        }
        reply.accept(reply(true, answer.status(), answer.json(), answer.ok() ? null : answer.words()));
        return null;
      });
      return null;
    });
  }

  private static JSPromise<ApiAnswer> call(ServerApi api, String type, JsonValue msg) {
    switch (type) {
      case "claims":
        return api.claims();
      case "claim": {
        String group = msg.path("groupKey").asString();
        return SubjectKeys.isGroup(group) ? api.claim(group) : null;
      }
      case "proof": {
        String id = msg.path("claimId").asString();
        String url = msg.path("url").asString();
        String text = msg.path("text").asString();
        return safeId(id) && url != null && text != null ? api.proof(id, url, text) : null;
      }
      default:
        return msg.path("form").asObj() == null ? null : api.correct(CorrectionDraft.fromForm(msg.path("form")).request());
    }
  }

  /** A claim id fit for a URL path: the server's URL-safe base64 ids. */
  static boolean safeId(String id) {
    if (id == null || id.isEmpty() || id.length() > 64) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static String reply(boolean connected, int status, JsonValue body, String error) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("connected", JsonValue.Bool.of(connected));
    m.put("status", JsonValue.Num.of(status));
    m.put("body", body == null ? JsonValue.Null.INSTANCE : body);
    m.put("error", error == null ? JsonValue.Null.INSTANCE : new JsonValue.Str(error));
    return JsonWriter.write(new JsonValue.Obj(m));
  }
}
