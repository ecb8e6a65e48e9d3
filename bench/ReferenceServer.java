import io.javalin.Javalin;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The machine's ceiling for a trivial endpoint, for bench/server-load.sh: the same body as the
 * server's /health from a bare Javalin app (no settings but the banner), or from Jetty's own handler
 * API without Javalin and its servlet layer. Run from the server jar's classpath:
 * {@code java -cp server/target/worthit-server.jar bench/ReferenceServer.java javalin|jetty PORT}.
 */
public class ReferenceServer {
  private static final String BODY = "{\"status\":\"ok\"}";

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[1]);
    switch (args[0]) {
      case "javalin" -> Javalin.create(config -> {
        config.startup.showJavalinBanner = false;
        config.routes.get("/health", ctx -> ctx.contentType("application/json").result(BODY));
      }).start("127.0.0.1", port);
      case "jetty" -> jetty(port);
      default -> throw new IllegalArgumentException("javalin or jetty, not " + args[0]);
    }
  }

  private static void jetty(int port) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        response.getHeaders().put("Content-Type", "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
      }
    });
    server.start();
  }
}
