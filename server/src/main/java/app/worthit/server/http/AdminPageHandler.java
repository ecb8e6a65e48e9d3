package app.worthit.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** {@code /admin}: the admin page, static HTML, script and style from the server's resources. */
public final class AdminPageHandler {
  // The page loads nothing from elsewhere and runs no inline script: a strict policy costs nothing.
  private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
      + " img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  private static final Map<String, String> TYPES = Map.of(
      "index.html", "text/html; charset=utf-8",
      "admin.js", "text/javascript; charset=utf-8",
      "admin.css", "text/css; charset=utf-8");

  private final Map<String, byte[]> files;

  public AdminPageHandler() {
    this.files = Map.of("index.html", read("index.html"), "admin.js", read("admin.js"), "admin.css", read("admin.css"));
  }

  /** GET /admin: the page. */
  public void page(Context ctx) {
    send(ctx, "index.html");
  }

  /** GET /admin/{file}: its script or style; anything else is 404. */
  public void asset(Context ctx) {
    String name = ctx.pathParam("file");
    if (!files.containsKey(name) || name.equals("index.html")) {
      throw Problem.notFound("no such file: " + name);
    }
    send(ctx, name);
  }

  private void send(Context ctx, String name) {
    ctx.header("Content-Security-Policy", POLICY).header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-cache")
        .contentType(TYPES.get(name)).result(files.get(name));
  }

  private static byte[] read(String name) {
    try (InputStream in = AdminPageHandler.class.getResourceAsStream("/admin/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /admin/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
