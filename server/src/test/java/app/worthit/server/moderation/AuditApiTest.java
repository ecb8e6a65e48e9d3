package app.worthit.server.moderation;

import static app.worthit.server.Moderation.ruleCorrection;
import static app.worthit.server.http.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonValue;
import app.worthit.server.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import app.worthit.server.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class AuditApiTest extends ModerationTestBase {
  @Test
  void every_decision_is_logged_with_who_when_what_and_why() {
    Api.Device organiser = api.newAccount();
    mod.becomeModerator(organiser, GROUP_A);
    String id = mod.correct(organiser, ruleCorrection(GROUP_A, null, "members-only-exchange", false, "No membership here."))
        .str("correctionId");
    Api.Device attendee = api.newAccount();
    api.post("/api/v1/corrections/" + id + "/disputes", attendee.token(), "{\"reason\":\"Guests could not pass referrals.\"}");
    mod.decide(admin, "corrections", id, "revert", "two attendees confirm the dispute");
    assertEquals(List.of("claim.created", "claim.verified", "correction.applied", "correction.disputed", "correction.reverted"),
        mod.auditActions(admin));
    List<JsonValue> entries = api.get("/api/v1/admin/audit", admin).json().path("entries").asArr().items();
    JsonValue revert = entries.get(0);
    assertTrue(revert.path("actor").asString().startsWith("admin:"), revert.toString());
    assertEquals("two attendees confirm the dispute", revert.path("reason").asString());
    assertEquals(GROUP_A, revert.path("key").asString());
    assertEquals("correction:" + id, revert.path("target").asString());
    assertTrue(revert.path("detail").asString().contains("applied -> reverted"), revert.toString());
    assertTrue(revert.path("detail").asString().contains("\"members-only-exchange\":false"), revert.toString());
    assertTrue(Duration.between(Instant.parse(revert.path("at").asString()), Instant.now()).toMinutes() < 5);
    JsonValue applied = entries.get(2);
    assertEquals("account:" + organiser.accountId(), applied.path("actor").asString());
    assertEquals("No membership here.", applied.path("reason").asString());
    assertEquals("account:" + attendee.accountId(), entries.get(1).path("actor").asString());
  }

  @Test
  void the_log_pages_backwards_and_checks_its_parameters() {
    Api.Device user = api.newAccount();
    for (int i = 0; i < 3; i++) {
      mod.claim(user, GROUP_A);
    }
    List<JsonValue> page = api.get("/api/v1/admin/audit?limit=2", admin).json().path("entries").asArr().items();
    assertEquals(2, page.size());
    long last = ((JsonValue.Num) page.get(1).path("seq")).longValue();
    List<JsonValue> next = api.get("/api/v1/admin/audit?limit=2&before=" + last, admin).json().path("entries").asArr().items();
    assertEquals(1, next.size());
    assertProblem(api.get("/api/v1/admin/audit?limit=-1", admin), 400, "invalid-request", "limit");
    assertProblem(api.get("/api/v1/admin/audit?before=x", admin), 400, "invalid-request", "before");
  }
}
