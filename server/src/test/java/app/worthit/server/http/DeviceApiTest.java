package app.worthit.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonValue;
import app.worthit.server.Api;
import app.worthit.server.Engine;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class DeviceApiTest extends ApiTestBase {
  @Test
  void a_pairing_code_is_short_and_valid_for_ten_minutes() {
    Api.Device a = api.newAccount();
    Api.Answer code = api.post("/api/v1/pairing-codes", a.token(), "");
    assertEquals(201, code.status());
    assertTrue(code.str("code").matches("[A-Z2-9]{4}-[A-Z2-9]{4}"), code.str("code"));
    Duration left = Duration.between(Instant.now(), Instant.parse(code.str("expiresAt")));
    assertTrue(left.toSeconds() > 590 && left.toSeconds() <= 600, left.toString());
  }

  @Test
  void a_code_adds_a_device_to_the_same_account_once() {
    Api.Device a = api.newAccount();
    String code = api.post("/api/v1/pairing-codes", a.token(), "").str("code");
    String typed = code.toLowerCase().replace("-", " ");
    Api.Answer paired = api.post("/api/v1/devices", null, "{\"pairingCode\":\"" + typed + "\",\"name\":\"phone\"}");
    assertEquals(201, paired.status());
    assertEquals(a.accountId(), paired.str("accountId"));
    Api.Answer again = api.post("/api/v1/devices", null, "{\"pairingCode\":\"" + code + "\",\"name\":\"tablet\"}");
    assertEquals(400, again.status());
    assertEquals("application/problem+json", again.header("Content-Type"));
  }

  @Test
  void lists_the_account_devices_and_marks_the_caller() {
    Api.Device a = api.newAccount();
    Api.Device phone = api.pair(a);
    api.newAccount();
    JsonValue.Arr devices = api.get("/api/v1/devices", phone.token()).json().path("devices").asArr();
    assertEquals(2, devices.items().size());
    assertEquals("laptop", devices.items().get(0).path("name").asString());
    assertEquals(JsonValue.Bool.FALSE, devices.items().get(0).path("current"));
    assertEquals(phone.deviceId(), devices.items().get(1).path("deviceId").asString());
    assertEquals(JsonValue.Bool.TRUE, devices.items().get(1).path("current"));
  }

  @Test
  void a_token_in_use_stops_working_at_once_when_revoked() {
    Api.Device a = api.newAccount();
    Api.Device phone = api.pair(a);
    String sync = "{\"cursor\":null,\"changes\":[]}";
    for (int i = 0; i < 3; i++) {
      assertEquals(200, api.post("/api/v1/sync", phone.token(), sync).status());
    }
    assertEquals(204, api.delete("/api/v1/devices/" + phone.deviceId(), a.token()).status());
    assertEquals(401, api.post("/api/v1/sync", phone.token(), sync).status());
    assertEquals(401, api.get("/api/v1/devices", phone.token()).status());
  }

  @Test
  void a_revoked_token_stops_working_at_once() {
    Api.Device a = api.newAccount();
    Api.Device phone = api.pair(a);
    assertEquals(204, api.delete("/api/v1/devices/" + phone.deviceId(), a.token()).status());
    Api.Answer refused = api.post("/api/v1/sync", phone.token(), "{\"cursor\":null,\"changes\":[]}");
    assertEquals(401, refused.status());
    assertEquals("Bearer", refused.header("WWW-Authenticate"));
    assertEquals(200, api.get("/api/v1/devices", a.token()).status());
  }

  @Test
  void another_accounts_device_is_not_found() {
    Api.Device a = api.newAccount();
    Api.Device b = api.newAccount();
    Api.Answer answer = api.delete("/api/v1/devices/" + b.deviceId(), a.token());
    assertEquals(404, answer.status());
    assertEquals("urn:worthit:problem:not-found", answer.str("type"));
    assertEquals(200, api.get("/api/v1/devices", b.token()).status());
  }
}
