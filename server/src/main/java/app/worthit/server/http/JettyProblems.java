package app.worthit.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages as problem+json: what Jetty refuses before the application sees it (a bad
 * request line, headers or URI too large, an ambiguous path, a bad body framing). The answer says
 * only the status, its title and a fixed detail: Jetty's reason can quote the request, so it is dropped.
 */
public final class JettyProblems extends ErrorHandler {
  private static final String TYPE = "application/problem+json";

  /** Answers an error dispatched to the handler (for example by the servlet layer). */
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Object attribute = request.getAttribute(ERROR_STATUS);
    int status = attribute instanceof Integer s ? s : response.getStatus();
    if (status < 400) {
      status = 500;
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, TYPE);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, body(status), callback);
    return true;
  }

  /** Answers a request Jetty could not parse, written by the connection without any handler. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, TYPE);
    fields.put(HttpHeader.CACHE_CONTROL, "no-store");
    return body(status);
  }

  private static ByteBuffer body(int status) {
    return ByteBuffer.wrap(ProblemMapper.json(problem(status)).getBytes(StandardCharsets.UTF_8));
  }

  /** The problem of a status Jetty raised, with a detail that names no part of the request. */
  static Problem problem(int status) {
    String title = HttpStatus.getMessage(status);
    return switch (status) {
      case 400 -> Problem.ofStatus(400, "bad-request", title,
          "the request is not well-formed HTTP, or its path is not allowed (an encoded NUL, '/', '\\\\' or '..')");
      case 404 -> Problem.notFound("no such endpoint");
      case 405 -> Problem.ofStatus(405, "method-not-allowed", title, "this method is not allowed here");
      case 413 -> Problem.tooLarge("the request body is over the limit of " + RequestBody.MAX_BYTES + " bytes");
      case 414 -> Problem.ofStatus(414, "uri-too-long", title, "the request's URI is over 8 KB");
      case 431 -> Problem.ofStatus(431, "headers-too-large", title, "the request's header fields are over 8 KB");
      default -> status >= 500
          ? Problem.ofStatus(status, "internal", title, "the server failed; nothing was applied")
          : Problem.ofStatus(status, "http-" + status, title, title);
    };
  }
}
