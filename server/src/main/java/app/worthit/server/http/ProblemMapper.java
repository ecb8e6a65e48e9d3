package app.worthit.server.http;

import app.worthit.json.JsonException;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.wire.WireException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place errors become responses: every failure is RFC 9457 problem+json. */
public final class ProblemMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

  private ProblemMapper() {}

  /** Registers the mapping for problems, web-server errors and unexpected exceptions. */
  public static void register(RoutesConfig routes) {
    routes.exception(Problem.class, (e, ctx) -> write(ctx, e));
    routes.exception(JsonException.class, (e, ctx) -> write(ctx, Problem.invalid(e.getMessage())));
    routes.exception(WireException.class, (e, ctx) -> write(ctx, Problem.invalid(e.getMessage())));
    routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromJavalin(e)));
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
      write(ctx, Problem.ofStatus(500, "internal", "Internal server error", "the server failed; nothing was applied"));
    });
    routes.error(404, ctx -> {
      if (!isProblem(ctx)) {
        write(ctx, Problem.notFound("no such endpoint: " + ctx.method() + " " + ctx.path()));
      }
    });
    routes.error(405, ctx -> {
      if (!isProblem(ctx)) {
        write(ctx, Problem.ofStatus(405, "method-not-allowed", "Method not allowed", ctx.method() + " is not allowed on " + ctx.path()));
      }
    });
  }

  private static boolean isProblem(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith("application/problem+json");
  }

  private static Problem fromJavalin(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 404 -> Problem.notFound(e.getMessage());
      case 413 -> Problem.tooLarge(e.getMessage());
      case 400 -> Problem.invalid(e.getMessage());
      default -> Problem.ofStatus(e.getStatus(), "http-" + e.getStatus(), e.getMessage(), e.getMessage());
    };
  }

  /** Writes the problem with its status and headers. */
  public static void write(Context ctx, Problem p) {
    p.headers().forEach(ctx::header);
    ctx.status(p.status()).contentType("application/problem+json").result(json(p));
  }

  /** The problem's body: {@code {type, title, status, detail}}. */
  static String json(Problem p) {
    Map<String, JsonValue> body = new LinkedHashMap<>();
    body.put("type", new JsonValue.Str(p.type()));
    body.put("title", new JsonValue.Str(p.title()));
    body.put("status", JsonValue.Num.of(p.status()));
    body.put("detail", new JsonValue.Str(p.detail() == null ? p.title() : p.detail()));
    return JsonWriter.write(new JsonValue.Obj(body));
  }
}
