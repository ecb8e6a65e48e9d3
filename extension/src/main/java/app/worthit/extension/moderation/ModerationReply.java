package app.worthit.extension.moderation;

import app.worthit.json.JsonException;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;

/**
 * The worker's reply to a claim or correction message: whether this browser has a sync account, the
 * server's status (0: no answer), its JSON body, and the failure in words when it failed.
 */
public record ModerationReply(boolean connected, int status, JsonValue body, String error) {
  /** The reply in the worker's JSON text; no reply at all (the worker was gone) is a failure in words. */
  public static ModerationReply of(String text) {
    try {
      JsonValue json = JsonParser.parse(text);
      if (json.asObj() != null && json.path("connected") instanceof JsonValue.Bool connected
          && json.path("status") instanceof JsonValue.Num status) {
        return new ModerationReply(connected.value(), (int) status.longValue(), json.path("body"),
            json.path("error").asString());
      }
    } catch (JsonException | IllegalArgumentException e) {
      // Falls through to the failure below.
    }
    return new ModerationReply(true, 0, JsonValue.Null.INSTANCE, "The extension did not answer; reload the page and try again.");
  }

  /** True for a 2xx answer. */
  public boolean ok() {
    return connected && status >= 200 && status < 300;
  }
}
