package app.worthit.extension.sync;

import app.worthit.json.JsonException;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;

/** A failed server call in words a person can act on: network trouble, or the problem+json the server sent. */
public final class ProblemWords {
  private ProblemWords() {}

  /**
   * The sentence for an answer with that status (0: no answer at all, {@code body} then holds the
   * browser's message) from the server at {@code server}.
   */
  public static String of(int status, String body, String server) {
    if (status == 0) {
      return "Cannot reach the sync server at " + server + " (" + (body == null || body.isEmpty() ? "no answer" : body)
          + "). Your data is safe here and will sync when it is back.";
    }
    String detail = detail(body);
    return switch (status) {
      case 401 -> "This browser is no longer connected to the sync account (it was revoked or the account was deleted).";
      case 404 -> "Not found on the sync server" + suffix(detail);
      case 413 -> "The sync server refused a request as too large" + suffix(detail);
      case 429 -> "The sync server asks to slow down" + suffix(detail);
      default -> status >= 500
          ? "The sync server failed (HTTP " + status + ")" + suffix(detail)
          : "The sync server refused the request (HTTP " + status + ")" + suffix(detail);
    };
  }

  private static String suffix(String detail) {
    return detail == null ? "." : ": " + detail + (detail.endsWith(".") ? "" : ".");
  }

  /** The problem's detail, else its title, else null (also for a body that is not a problem). */
  static String detail(String body) {
    if (body == null || body.isEmpty()) {
      return null;
    }
    try {
      JsonValue json = JsonParser.parse(body);
      String detail = json.path("detail").asString();
      return detail != null && !detail.isEmpty() ? detail : json.path("title").asString();
    } catch (JsonException e) {
      return null;
    }
  }
}
