package app.worthit.extension.sync;

import app.worthit.json.JsonException;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;

/** A server answer: status, body, the wait the server asked for, and the failure in words when it failed. */
public record ApiAnswer(int status, String body, long retryAfterMillis, String server) {
  /** True for a 2xx answer. */
  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** The body as JSON (null for none or for text that is not JSON). */
  public JsonValue json() {
    if (body == null || body.isEmpty()) {
      return null;
    }
    try {
      return JsonParser.parse(body);
    } catch (JsonException e) {
      return null;
    }
  }

  /** What went wrong, in words. */
  public String words() {
    return ProblemWords.of(status, body, server);
  }

  /** The answer from a raw one, with Retry-After read as whole seconds. */
  static ApiAnswer of(HttpAnswer raw, String server) {
    long retry = 0;
    String header = raw.getRetryAfter();
    if (header != null && !header.isEmpty()) {
      try {
        retry = Long.parseLong(header.trim()) * 1000;
      } catch (NumberFormatException e) {
        retry = 0;
      }
    }
    return new ApiAnswer(raw.getStatus(), raw.getBody(), retry, server);
  }
}
