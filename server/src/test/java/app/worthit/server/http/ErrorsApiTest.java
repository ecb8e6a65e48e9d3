package app.worthit.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.server.Api;
import app.worthit.server.Engine;
import app.worthit.server.TestServer;
import app.worthit.server.limits.RateLimits;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class ErrorsApiTest {
  @Parameter
  Engine engine;

  @TempDir
  Path dir;
  TestServer server;

  Api start(RateLimits limits) throws Exception {
    server = TestServer.start(engine, dir, limits);
    return server.api();
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  static void assertProblem(Api.Answer a, int status, String type, String detailPart) {
    assertEquals(status, a.status(), a.body());
    assertEquals("application/problem+json", a.header("Content-Type"));
    assertEquals("urn:worthit:problem:" + type, a.str("type"));
    assertEquals(status, ((app.worthit.json.JsonValue.Num) a.json().path("status")).longValue());
    assertTrue(a.str("title") != null && !a.str("title").isEmpty());
    assertTrue(a.str("detail").contains(detailPart), a.str("detail"));
  }

  static String change(String deviceId, String key, String value) {
    return "{\"kind\":\"note\",\"key\":\"" + key + "\",\"value\":" + value + ",\"hlc\":\"1700000000000:0000:" + deviceId + "\"}";
  }

  @Test
  void a_body_over_256_kb_is_413() throws Exception {
    Api api = start(RateLimits.NONE);
    Api.Device d = api.newAccount();
    byte[] big = ("{\"cursor\":null,\"changes\":[],\"pad\":\"" + "x".repeat(256 * 1024) + "\"}").getBytes();
    assertProblem(api.postBytes("/api/v1/sync", d.token(), big), 413, "too-large", "limit");
  }

  @Test
  void malformed_json_is_400_naming_the_problem() throws Exception {
    Api api = start(RateLimits.NONE);
    Api.Device d = api.newAccount();
    assertProblem(api.post("/api/v1/sync", d.token(), "{\"cursor\":null,"), 400, "malformed-json", "at offset");
    assertProblem(api.postBytes("/api/v1/sync", d.token(), new byte[] {'{', (byte) 0xC3, '}'}), 400, "malformed-json", "UTF-8");
    assertProblem(api.post("/api/v1/accounts", null, "[1,"), 400, "malformed-json", "unexpected end");
  }

  @Test
  void a_missing_or_unknown_token_is_401() throws Exception {
    Api api = start(RateLimits.NONE);
    assertProblem(api.post("/api/v1/sync", null, "{}"), 401, "unauthorized", "Bearer");
    assertProblem(api.get("/api/v1/devices", "not-a-token"), 401, "unauthorized", "not valid");
    assertProblem(api.post("/api/v1/pairing-codes", "x".repeat(500), ""), 401, "unauthorized", "not valid");
  }

  @Test
  void invalid_fields_and_lists_over_their_limits_are_400() throws Exception {
    Api api = start(RateLimits.NONE);
    Api.Device d = api.newAccount();
    String id = d.deviceId();
    assertProblem(api.post("/api/v1/sync", d.token(), "{\"cursor\":null,\"changes\":[" + change(id, "x".repeat(201), "{\"text\":\"t\"}") + "]}"),
        400, "invalid-request", "changes[0]: change key");
    assertProblem(api.post("/api/v1/sync", d.token(), "{\"cursor\":null,\"changes\":[{\"kind\":\"note\",\"key\":\"k\",\"value\":{\"text\":\"t\"},\"hlc\":\"yesterday\"}]}"),
        400, "invalid-request", "hlc");
    assertProblem(api.post("/api/v1/sync", d.token(), "{\"cursor\":\"abc\",\"changes\":[]}"), 400, "invalid-request", "cursor");
    assertProblem(api.post("/api/v1/sync", d.token(), "{\"cursor\":null,\"changes\":{}}"), 400, "invalid-request", "array");
    StringBuilder many = new StringBuilder("{\"cursor\":null,\"changes\":[");
    for (int i = 0; i <= 500; i++) {
      many.append(i == 0 ? "" : ",").append(change(id, "k" + i, "{\"text\":\"t\"}"));
    }
    assertProblem(api.post("/api/v1/sync", d.token(), many + "]}"), 400, "invalid-request", "at most 500");
    assertProblem(api.post("/api/v1/accounts", null, "{\"name\":\"" + "n".repeat(65) + "\"}"), 400, "invalid-request", "name");
    assertProblem(api.post("/api/v1/devices", null, "{\"name\":\"x\"}"), 400, "invalid-request", "pairingCode is required");
    assertProblem(api.get("/api/v1/community?prefixes=zz12", null), 400, "invalid-request", "4 hex");
    assertProblem(api.get("/api/v1/community", null), 400, "invalid-request", "required");
    StringBuilder prefixes = new StringBuilder();
    for (int i = 0; i <= 200; i++) {
      prefixes.append(i == 0 ? "" : ",").append(String.format("%04x", i));
    }
    assertProblem(api.get("/api/v1/community?prefixes=" + prefixes, null), 400, "invalid-request", "at most 200");
  }

  @Test
  void a_rejected_batch_applies_nothing() throws Exception {
    Api api = start(RateLimits.NONE);
    Api.Device d = api.newAccount();
    String good = change(d.deviceId(), "meetup:event:1", "{\"text\":\"kept?\"}");
    String bad = change(d.deviceId(), "meetup:event:2", "{\"text\":" + 5 + "}");
    assertProblem(api.post("/api/v1/sync", d.token(), "{\"cursor\":null,\"changes\":[" + good + "," + bad + "]}"), 400, "invalid-request", "changes[1]");
    Api.Answer after = api.post("/api/v1/sync", d.token(), "{\"cursor\":null,\"changes\":[]}");
    assertEquals(200, after.status());
    assertEquals(0, after.json().path("changes").asArr().items().size(), "the valid change of the rejected batch was not applied");
  }

  @Test
  void unknown_endpoints_are_404_problems() throws Exception {
    Api api = start(RateLimits.NONE);
    assertProblem(api.get("/api/v1/nothing", null), 404, "not-found", "/api/v1/nothing");
  }

  @Test
  void too_many_requests_per_token_is_429_with_retry_after() throws Exception {
    Api api = start(new RateLimits(5, 0, 0));
    Api.Device d = api.newAccount();
    for (int i = 0; i < 5; i++) {
      assertEquals(200, api.get("/api/v1/devices", d.token()).status());
    }
    Api.Answer limited = api.get("/api/v1/devices", d.token());
    assertProblem(limited, 429, "rate-limited", "token");
    assertTrue(Long.parseLong(limited.header("Retry-After")) >= 1);
    assertEquals(200, api.get("/api/v1/devices", api.newAccount().token()).status(), "another token has its own budget");
  }

  @Test
  void too_many_requests_per_address_is_429_with_retry_after() throws Exception {
    Api api = start(new RateLimits(0, 3, 0));
    for (int i = 0; i < 3; i++) {
      assertEquals(201, api.post("/api/v1/accounts", null, "").status());
    }
    Api.Answer limited = api.post("/api/v1/accounts", null, "");
    assertProblem(limited, 429, "rate-limited", "address");
    assertTrue(Long.parseLong(limited.header("Retry-After")) >= 1);
    assertEquals(200, api.get("/health", null).status(), "health is not limited");
  }

  @Test
  void new_accounts_per_address_have_their_own_budget() throws Exception {
    Api api = start(new RateLimits(0, 0, 0, 0, 3));
    Api.Device first = api.newAccount();
    api.newAccount();
    api.newAccount();
    Api.Answer limited = api.post("/api/v1/accounts", null, "");
    assertProblem(limited, 429, "rate-limited", "new accounts");
    assertTrue(Long.parseLong(limited.header("Retry-After")) > 60, "a budget per hour: " + limited.header("Retry-After"));
    assertEquals(200, api.get("/api/v1/devices", first.token()).status(), "other requests from the address go on");
    assertEquals(201, api.post("/api/v1/pairing-codes", first.token(), "").status());
  }

  @Test
  void wrong_pairing_codes_are_rate_limited() throws Exception {
    Api api = start(new RateLimits(0, 0, 3));
    for (int i = 0; i < 3; i++) {
      assertProblem(api.post("/api/v1/devices", null, "{\"pairingCode\":\"AAAA-AAAA\"}"), 404, "not-found", "pairing code");
    }
    assertProblem(api.post("/api/v1/devices", null, "{\"pairingCode\":\"AAAA-AAAA\"}"), 429, "rate-limited", "pairing");
  }

  @Test
  void head_answers_with_the_status_get_would_give_and_no_body() throws Exception {
    Api api = start(RateLimits.NONE);
    Api.Device d = api.newAccount();
    for (String path : new String[] {"/api/v1/devices", "/api/v1/claims", "/api/v1/admin/queue", "/api/v1/admin/corrections",
        "/api/v1/admin/audit"}) {
      Api.Answer head = api.head(path, null);
      assertEquals(401, head.status(), "HEAD " + path);
      assertEquals(api.get(path, null).status(), head.status(), "HEAD " + path);
      assertEquals("", head.body());
    }
    assertEquals(200, api.head("/api/v1/devices", d.token()).status());
    assertEquals(200, api.head("/health", null).status());
    assertEquals(api.get("/api/v1/community?prefixes=zz12", null).status(), api.head("/api/v1/community?prefixes=zz12", null).status());
    assertEquals(404, api.head("/api/v1/nothing", null).status());
  }
}
