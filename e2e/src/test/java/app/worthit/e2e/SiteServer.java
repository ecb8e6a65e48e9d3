package app.worthit.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * Serves pages under their real host names and paths over HTTPS on a local port (the sites are on
 * browsers' HSTS preload lists, so plain http would be upgraded); Chromium reaches it through
 * --host-resolver-rules and accepts its throwaway certificate, so the content script sees
 * https://www.meetup.com or https://www.eventbrite.* exactly as on the real sites.
 */
final class SiteServer implements AutoCloseable {
  /** Hosts mapped to this server. */
  static final String[] HOSTS = {
    "www.meetup.com", "www.eventbrite.com", "www.eventbrite.co.uk", "www.eventbrite.ca", "www.eventbrite.de"
  };

  private final HttpsServer server;
  private final Map<String, String> pages = new ConcurrentHashMap<>();

  SiteServer() throws IOException {
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(TestCertificate.sslContext()));
    server.createContext("/", this::handle);
    // Chromium opens several connections at once; the default single dispatcher thread can stall on them.
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "site-server");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /**
   * The Chromium switch that sends every site host here and every other host nowhere: saved pages
   * reference CDNs and trackers, which must fail at once instead of waiting for a network.
   */
  String resolverRules() {
    StringBuilder rules = new StringBuilder();
    for (String host : HOSTS) {
      rules.append("MAP ").append(host).append(" 127.0.0.1:").append(port()).append(", ");
    }
    return "--host-resolver-rules=" + rules + "MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1";
  }

  /** Serves the HTML at the URL (scheme and query ignored); returns the https URL to open. */
  String serve(String url, String html) {
    URI uri = URI.create(url);
    pages.put(uri.getHost() + uri.getRawPath(), html);
    return "https://" + uri.getHost() + uri.getRawPath();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String host = exchange.getRequestHeaders().getFirst("Host");
    host = host == null ? "" : host.replaceFirst(":\\d+$", "");
    String html = pages.get(host + exchange.getRequestURI().getRawPath());
    byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", html == null ? "text/plain" : "text/html; charset=utf-8");
    exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
