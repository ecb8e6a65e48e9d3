package app.worthit.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.server.TestServer;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests Jetty refuses before the application sees them still get a problem+json answer, and it
 * repeats nothing of the request (each carries the marker {@value #MARK}). No storage is involved,
 * so one engine is enough.
 */
class JettyErrorsApiTest {
  private static final String MARK = "zq7xmark";

  @TempDir
  Path dir;
  TestServer server;
  int port;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.start(dir);
    port = URI.create(server.api().base()).getPort();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private static void assertProblem(RawHttp.Answer a, int status) {
    assertEquals(status, a.status(), a.head() + "\n\n" + a.body());
    assertEquals("application/problem+json", a.header("Content-Type"), a.head());
    JsonValue body = JsonParser.parse(a.body());
    assertEquals(status, ((JsonValue.Num) body.path("status")).longValue());
    assertTrue(body.path("type").asString().startsWith("urn:worthit:problem:"), a.body());
    assertFalse(body.path("title").asString().isEmpty());
    assertFalse(body.path("detail").asString().isEmpty());
    assertFalse(a.body().contains(MARK), "the answer echoes the request: " + a.body());
    assertFalse(a.body().contains("<"), "no HTML: " + a.body());
  }

  private RawHttp.Answer get(String target, String... headerLines) throws Exception {
    StringBuilder r = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
    for (String h : headerLines) {
      r.append(h).append("\r\n");
    }
    return RawHttp.send(port, r.append("Connection: close\r\n\r\n").toString());
  }

  @Test
  void a_100_kb_authorization_header_is_431() throws Exception {
    assertProblem(get("/api/v1/devices", "Authorization: Bearer " + MARK + "x".repeat(100 * 1024)), 431);
  }

  @Test
  void a_uri_over_8_kb_is_414() throws Exception {
    assertProblem(get("/api/v1/community?prefixes=" + MARK + "a".repeat(9 * 1024)), 414);
  }

  @Test
  void a_nul_in_a_path_segment_is_400() throws Exception {
    assertProblem(get("/api/v1/devices/" + MARK + "%00x"), 400);
  }

  @Test
  void dot_dot_in_an_admin_path_is_400() throws Exception {
    assertProblem(get("/admin/../../" + MARK), 400);
  }

  @Test
  void conflicting_content_length_and_transfer_encoding_is_400() throws Exception {
    assertProblem(RawHttp.send(port, "POST /api/v1/accounts HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n" + MARK), 400);
  }

  @Test
  void a_negative_content_length_is_400() throws Exception {
    assertProblem(RawHttp.send(port, "POST /api/v1/accounts HTTP/1.1\r\nHost: localhost\r\nContent-Length: -5\r\n"
        + "X-Mark: " + MARK + "\r\nConnection: close\r\n\r\n"), 400);
  }

  @Test
  void a_garbage_request_line_is_400() throws Exception {
    assertProblem(RawHttp.send(port, MARK + " \u0001\u0002 garbage\r\n\r\n"), 400);
  }

  @Test
  void an_ordinary_request_still_works_after_them() throws Exception {
    a_garbage_request_line_is_400();
    RawHttp.Answer health = get("/health");
    assertEquals(200, health.status());
    assertEquals("{\"status\":\"ok\"}", health.body());
  }
}
