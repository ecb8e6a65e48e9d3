package app.worthit.server.http;

import java.util.Map;

/**
 * An error the client caused or must handle, thrown by handlers and written as RFC 9457
 * {@code application/problem+json} by {@link ProblemMapper}. {@code type} is a stable URN per kind.
 */
public final class Problem extends RuntimeException {
  private final int status;
  private final String type;
  private final String title;
  private final Map<String, String> headers;

  private Problem(int status, String slug, String title, String detail, Map<String, String> headers) {
    super(detail, null, false, false);
    this.status = status;
    this.type = "urn:worthit:problem:" + slug;
    this.title = title;
    this.headers = headers;
  }

  /** 400: JSON that does not parse. */
  public static Problem malformedJson(String detail) {
    return new Problem(400, "malformed-json", "Malformed JSON", detail, Map.of());
  }

  /** 400: a field missing, invalid or over its limit. */
  public static Problem invalid(String detail) {
    return new Problem(400, "invalid-request", "Invalid request", detail, Map.of());
  }

  /** 401: no token, or one that is unknown or revoked. */
  public static Problem unauthorized(String detail) {
    return new Problem(401, "unauthorized", "Unauthorized", detail, Map.of("WWW-Authenticate", "Bearer"));
  }

  /** 404: nothing here, or nothing this account may see (the two are not told apart). */
  public static Problem notFound(String detail) {
    return new Problem(404, "not-found", "Not found", detail, Map.of());
  }

  /** 413: a request body over the limit. */
  public static Problem tooLarge(String detail) {
    return new Problem(413, "too-large", "Request body too large", detail, Map.of());
  }

  /** 429: over a rate limit; retry after the given seconds. */
  public static Problem tooManyRequests(String detail, long retryAfterSeconds) {
    return new Problem(429, "rate-limited", "Too many requests", detail,
        Map.of("Retry-After", Long.toString(retryAfterSeconds)));
  }

  /** Any other status, e.g. 405 or 503 reported by the web server itself. */
  public static Problem ofStatus(int status, String slug, String title, String detail) {
    return new Problem(status, slug, title, detail, Map.of());
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  /** Extra response headers, e.g. Retry-After. */
  public Map<String, String> headers() {
    return headers;
  }
}
