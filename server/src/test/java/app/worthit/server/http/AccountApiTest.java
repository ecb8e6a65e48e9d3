package app.worthit.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.server.Api;
import app.worthit.server.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class AccountApiTest extends ApiTestBase {
  @Test
  void health_answers_ok() {
    Api.Answer a = api.get("/health", null);
    assertEquals(200, a.status());
    assertEquals("ok", a.str("status"));
  }

  @Test
  void creates_an_anonymous_account_with_a_long_random_token() {
    Api.Answer a = api.post("/api/v1/accounts", null, "");
    assertEquals(201, a.status());
    assertTrue(a.str("token").length() >= 22, "at least 128 bits in base64");
    assertNotEquals(a.str("token"), api.post("/api/v1/accounts", null, "").str("token"));
    assertEquals(200, api.get("/api/v1/devices", a.str("token")).status());
  }

  @Test
  void stores_tokens_only_as_hashes() throws Exception {
    Api.Device d = api.newAccount();
    server = server.restart();
    assertTrue(!server.database().contents().contains(d.token()), "the clear token is not in the database");
    assertEquals(200, server.api().get("/api/v1/devices", d.token()).status());
  }

  @Test
  void deleting_the_account_removes_its_devices_records_and_votes() {
    Api.Device a = api.newAccount();
    Api.Device phone = api.pair(a);
    String key = "meetup:event:42";
    api.post("/api/v1/sync", a.token(), "{\"cursor\":null,\"changes\":[{\"kind\":\"rating\",\"key\":\"" + key
        + "\",\"value\":{\"vote\":\"worth-it\"},\"hlc\":\"1700000000000:0000:" + a.deviceId() + "\"}]}");
    Api.Device other = api.newAccount();
    api.post("/api/v1/sync", other.token(), "{\"cursor\":null,\"changes\":[{\"kind\":\"rating\",\"key\":\"" + key
        + "\",\"value\":{\"vote\":\"worth-it\"},\"hlc\":\"1700000000000:0000:" + other.deviceId() + "\"}]}");
    String prefix = CommunityApiTest.prefix(key);
    assertTrue(api.get("/api/v1/community?prefixes=" + prefix, null).body().contains("\"worthIt\":2"));

    assertEquals(204, api.delete("/api/v1/account", a.token()).status());

    assertEquals(401, api.get("/api/v1/devices", a.token()).status());
    assertEquals(401, api.get("/api/v1/devices", phone.token()).status());
    assertTrue(api.get("/api/v1/community?prefixes=" + prefix, null).body().contains("\"worthIt\":1"));
    assertEquals(401, api.delete("/api/v1/account", a.token()).status());
  }
}
