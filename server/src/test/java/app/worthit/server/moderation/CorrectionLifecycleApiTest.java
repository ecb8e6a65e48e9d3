package app.worthit.server.moderation;

import static app.worthit.server.Moderation.ruleCorrection;
import static app.worthit.server.http.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonValue;
import app.worthit.server.Api;
import app.worthit.server.auth.Secrets;
import java.util.List;
import app.worthit.server.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class CorrectionLifecycleApiTest extends ModerationTestBase {
  static final String WHY = "Anyone may exchange contacts here; there is no membership.";

  List<JsonValue> communityCorrections(String... keys) {
    StringBuilder q = new StringBuilder();
    for (String k : keys) {
      q.append(q.length() == 0 ? "" : ",").append(Secrets.sha256(k), 0, 4);
    }
    Api.Answer a = api.get("/api/v1/community?prefixes=" + q, null);
    assertEquals(200, a.status(), a.body());
    return a.json().path("corrections").asArr().items();
  }

  @Test
  void a_users_correction_is_a_suggestion_until_an_admin_accepts_it() {
    Api.Answer c = mod.correct(api.newAccount(), ruleCorrection(GROUP_B, null, "members-only-exchange", false, WHY));
    assertEquals(201, c.status(), c.body());
    assertEquals("pending", c.str("status"));
    String id = c.str("correctionId");
    assertEquals(List.of(), communityCorrections(GROUP_B));
    assertEquals(List.of(id), mod.queued(admin, "corrections", "correctionId"));
    Api.Answer accepted = mod.decide(admin, "corrections", id, "accept", "checked the group's page");
    assertEquals(200, accepted.status(), accepted.body());
    assertEquals("applied", accepted.str("status"));
    assertEquals("review", accepted.str("acceptedBy"));
    List<JsonValue> shown = communityCorrections(GROUP_B);
    assertEquals(1, shown.size());
    assertEquals("review", shown.get(0).path("by").asString());
    assertEquals(WHY, shown.get(0).path("explanation").asString());
    assertEquals(JsonValue.Bool.FALSE, shown.get(0).path("rules", "members-only-exchange"));
    assertEquals(List.of(), mod.queued(admin, "corrections", "correctionId"));
  }

  @Test
  void a_moderators_correction_applies_at_once_and_still_awaits_review() {
    Api.Device organiser = api.newAccount();
    mod.becomeModerator(organiser, GROUP_A);
    Api.Answer c = mod.correct(organiser, ruleCorrection(GROUP_A, null, "members-only-exchange", false, WHY));
    assertEquals(201, c.status(), c.body());
    assertEquals("applied", c.str("status"));
    assertEquals("organiser", c.str("acceptedBy"));
    assertEquals("organiser", communityCorrections(GROUP_A).get(0).path("by").asString());
    assertEquals(List.of(c.str("correctionId")), mod.queued(admin, "corrections", "correctionId"));
    assertEquals(200, mod.decide(admin, "corrections", c.str("correctionId"), "accept", null).status());
    assertEquals(List.of(), mod.queued(admin, "corrections", "correctionId"));
    assertEquals("organiser", communityCorrections(GROUP_A).get(0).path("by").asString());
  }

  @Test
  void a_dispute_puts_an_applied_correction_back_in_review_without_unapplying_it() {
    Api.Device organiser = api.newAccount();
    mod.becomeModerator(organiser, GROUP_A);
    String id = mod.correct(organiser, ruleCorrection(GROUP_A, null, "members-only-exchange", false, WHY)).str("correctionId");
    mod.decide(admin, "corrections", id, "accept", null);
    Api.Answer dispute = api.post("/api/v1/corrections/" + id + "/disputes", api.newAccount().token(),
        "{\"reason\":\"I went: guests paid $20 and could not pass referrals.\"}");
    assertEquals(201, dispute.status(), dispute.body());
    assertEquals(List.of(id), mod.queued(admin, "corrections", "correctionId"));
    assertEquals(List.of(dispute.str("disputeId")), mod.queued(admin, "disputes", "disputeId"));
    assertEquals(1, communityCorrections(GROUP_A).size());
    Api.Answer reverted = mod.decide(admin, "corrections", id, "revert", "the dispute holds");
    assertEquals("reverted", reverted.str("status"));
    assertEquals(List.of(), communityCorrections(GROUP_A));
    assertEquals(List.of(), mod.queued(admin, "disputes", "disputeId"));
    assertEquals(List.of(), mod.queued(admin, "corrections", "correctionId"));
  }

  @Test
  void an_admin_can_revert_any_applied_correction_and_reject_a_suggestion() {
    Api.Device organiser = api.newAccount();
    mod.becomeModerator(organiser, GROUP_A);
    String applied = mod.correct(organiser, ruleCorrection(GROUP_A, null, "same-faces", false, WHY)).str("correctionId");
    assertEquals(200, mod.decide(admin, "corrections", applied, "revert", null).status());
    assertProblem(mod.decide(admin, "corrections", applied, "revert", null), 409, "conflict", "reverted");
    String suggestion = mod.correct(api.newAccount(), ruleCorrection(GROUP_B, null, "one-to-one", true, WHY)).str("correctionId");
    assertEquals("rejected", mod.decide(admin, "corrections", suggestion, "reject", "no evidence").str("status"));
    assertProblem(mod.decide(admin, "corrections", suggestion, "accept", null), 409, "conflict", "not awaiting review");
    assertEquals(List.of(), communityCorrections(GROUP_A, GROUP_B));
    assertProblem(mod.decide(admin, "corrections", "no-such-id", "accept", null), 404, "not-found", "no correction");
  }

  @Test
  void only_an_applied_correction_can_be_disputed() {
    Api.Device user = api.newAccount();
    String pending = mod.correct(user, ruleCorrection(GROUP_B, null, "vendor-heavy", true, WHY)).str("correctionId");
    assertProblem(api.post("/api/v1/corrections/" + pending + "/disputes", user.token(), "{\"reason\":\"no\"}"), 409,
        "conflict", "only an applied correction");
    assertProblem(api.post("/api/v1/corrections/nope/disputes", user.token(), "{\"reason\":\"no\"}"), 404, "not-found", "nope");
    assertProblem(api.post("/api/v1/corrections/" + pending + "/disputes", user.token(), "{}"), 400, "invalid-request", "reason");
  }

  @Test
  void the_language_reason_cannot_be_corrected() {
    Api.Device user = api.newAccount();
    assertProblem(mod.correct(user, ruleCorrection(GROUP_B, null, "language", false, WHY)), 400, "invalid-request",
        "rules.language: unknown rule id");
  }

  @Test
  void every_field_is_validated() {
    Api.Device user = api.newAccount();
    assertProblem(mod.correct(user, ruleCorrection(GROUP_B, null, "members-only", false, WHY)), 400, "invalid-request",
        "rules.members-only: unknown rule id");
    assertProblem(mod.correct(user, ruleCorrection(GROUP_B, null, "community", true, WHY)), 400, "invalid-request", "unknown rule id");
    assertProblem(mod.correct(user, ruleCorrection(GROUP_B, null, "same-faces", false, "x".repeat(501))), 400,
        "invalid-request", "explanation must be 1 to 500");
    assertProblem(mod.correct(user, ruleCorrection(GROUP_B, null, "same-faces", false, "bell\u0007")), 400,
        "invalid-request", "plain text");
    assertProblem(mod.correct(user, "{\"key\":\"" + GROUP_B + "\",\"explanation\":\"x\"}"), 400, "invalid-request",
        "at least one rule or field");
    assertProblem(mod.correct(user, "{\"key\":\"" + GROUP_B + "\",\"fields\":{\"title\":\"x\"},\"explanation\":\"x\"}"), 400,
        "invalid-request", "fields.title");
    assertProblem(mod.correct(user, "{\"key\":\"" + GROUP_B + "\",\"fields\":{\"priceCents\":-5},\"explanation\":\"x\"}"), 400,
        "invalid-request", "fields.priceCents");
    assertProblem(mod.correct(user, ruleCorrection("https://www.meetup.com/x/", null, "same-faces", false, WHY)), 400,
        "invalid-request", "key must be a group or event key");
    assertProblem(mod.correct(user, ruleCorrection(GROUP_B, GROUP_A, "same-faces", false, WHY)), 400, "invalid-request",
        "group's own key");
    assertProblem(mod.correct(user, "[1]"), 400, "invalid-request", "JSON object");
    assertProblem(mod.correct(user, "{\"key\":"), 400, "malformed-json", "");
    assertProblem(api.post("/api/v1/corrections", null, ruleCorrection(GROUP_B, null, "same-faces", false, WHY)), 401,
        "unauthorized", "Bearer");
    Api.Answer fields = mod.correct(user, "{\"key\":\"" + EVENT_B + "\",\"fields\":{\"priceCents\":0,\"recurrence\":\"none\","
        + "\"attendeeCount\":40,\"online\":false},\"explanation\":\"Free, once, in person.\"}");
    assertEquals(201, fields.status(), fields.body());
    assertTrue(mod.queued(admin, "corrections", "correctionId").contains(fields.str("correctionId")));
    assertFalse(mod.queued(admin, "corrections", "correctionId").isEmpty());
  }
}
