package app.worthit.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonValue;
import app.worthit.server.Api;
import app.worthit.server.Engine;
import java.time.Duration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
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
    assertEquals(404, again.status());
    assertEquals("application/problem+json", again.header("Content-Type"));
  }

  @Test
  void a_pairing_racing_the_deletion_of_its_account_is_refused_or_succeeds_but_never_fails() throws Exception {
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        Api.Device a = api.newAccount();
        String code = api.post("/api/v1/pairing-codes", a.token(), "").str("code");
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Api.Answer> pairing = two.submit(() -> {
          start.await();
          return api.post("/api/v1/devices", null, "{\"pairingCode\":\"" + code + "\",\"name\":\"phone\"}");
        });
        Future<Api.Answer> deletion = two.submit(() -> {
          start.await();
          return api.delete("/api/v1/account", a.token());
        });
        Api.Answer paired = pairing.get(30, TimeUnit.SECONDS);
        assertEquals(204, deletion.get(30, TimeUnit.SECONDS).status());
        assertTrue(paired.status() == 201 || paired.status() == 404, paired.status() + " " + paired.body());
        if (paired.status() == 201) {
          // Paired just before the deletion: the new device went with the account.
          assertEquals(401, api.get("/api/v1/devices", paired.str("token")).status());
        }
      }
    } finally {
      two.shutdownNow();
    }
  }

  /**
   * The interleaving that deadlocked on PostgreSQL: the pairing has redeemed its code when the
   * deletion takes the account, then each waits for a row the other holds. A lock on the devices
   * table, held by the test, stops the pairing right there until the deletion has arrived.
   */
  @Test
  void a_pairing_held_up_after_its_code_while_the_account_is_deleted_completes_and_goes_with_it() throws Exception {
    Assumptions.assumeTrue(engine == Engine.POSTGRESQL, "LOCK TABLE holds up one writer among many: PostgreSQL only");
    Api.Device a = api.newAccount();
    String code = api.post("/api/v1/pairing-codes", a.token(), "").str("code");
    ExecutorService two = Executors.newFixedThreadPool(2);
    try (Connection holder = DriverManager.getConnection(server.database().url())) {
      holder.setAutoCommit(false);
      try (Statement st = holder.createStatement()) {
        st.execute("LOCK TABLE devices IN SHARE MODE");
      }
      Future<Api.Answer> pairing = two.submit(
          () -> api.post("/api/v1/devices", null, "{\"pairingCode\":\"" + code + "\",\"name\":\"phone\"}"));
      Thread.sleep(500);
      Future<Api.Answer> deletion = two.submit(() -> api.delete("/api/v1/account", a.token()));
      Thread.sleep(500);
      holder.commit();
      Api.Answer paired = pairing.get(30, TimeUnit.SECONDS);
      assertEquals(201, paired.status(), paired.body());
      assertEquals(204, deletion.get(30, TimeUnit.SECONDS).status());
      assertEquals(401, api.get("/api/v1/devices", paired.str("token")).status());
    } finally {
      two.shutdownNow();
    }
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

  /** A stolen token's way back in: the revoked device's code must die with it. */
  @Test
  void a_pairing_code_dies_with_the_device_that_made_it() {
    Api.Device a = api.newAccount();
    Api.Device stolen = api.pair(a);
    String code = api.post("/api/v1/pairing-codes", stolen.token(), "").str("code");
    assertEquals(204, api.delete("/api/v1/devices/" + stolen.deviceId(), a.token()).status());
    assertEquals(401, api.get("/api/v1/devices", stolen.token()).status());
    Api.Answer redeemed = api.post("/api/v1/devices", null, "{\"pairingCode\":\"" + code + "\",\"name\":\"thief\"}");
    assertEquals(404, redeemed.status(), redeemed.body());
    assertEquals("urn:worthit:problem:not-found", redeemed.str("type"));
    assertEquals(null, redeemed.str("token"));
    assertEquals(1, api.get("/api/v1/devices", a.token()).json().path("devices").asArr().items().size());
  }

  @Test
  void revoking_a_device_keeps_the_codes_of_the_others() {
    Api.Device a = api.newAccount();
    Api.Device phone = api.pair(a);
    String code = api.post("/api/v1/pairing-codes", a.token(), "").str("code");
    assertEquals(204, api.delete("/api/v1/devices/" + phone.deviceId(), a.token()).status());
    Api.Answer redeemed = api.post("/api/v1/devices", null, "{\"pairingCode\":\"" + code + "\",\"name\":\"tablet\"}");
    assertEquals(201, redeemed.status(), redeemed.body());
    assertEquals(a.accountId(), redeemed.str("accountId"));
  }

  @Test
  void a_pairing_code_dies_with_its_account() {
    Api.Device a = api.newAccount();
    String code = api.post("/api/v1/pairing-codes", a.token(), "").str("code");
    assertEquals(204, api.delete("/api/v1/account", a.token()).status());
    Api.Answer redeemed = api.post("/api/v1/devices", null, "{\"pairingCode\":\"" + code + "\",\"name\":\"thief\"}");
    assertEquals(404, redeemed.status(), redeemed.body());
    assertEquals(null, redeemed.str("token"));
  }
}
