package app.worthit.server.moderation;

import static app.worthit.server.Moderation.ruleCorrection;
import static app.worthit.server.http.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.server.Api;
import app.worthit.server.Moderation;
import app.worthit.server.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class PermissionsApiTest extends ModerationTestBase {
  static final String WHY = "Organiser's note.";

  @Test
  void a_moderator_of_group_a_cannot_correct_group_b() {
    Api.Device organiserA = api.newAccount();
    mod.becomeModerator(organiserA, GROUP_A);
    assertProblem(mod.correct(organiserA, ruleCorrection(GROUP_B, null, "members-only-exchange", false, WHY)), 403,
        "forbidden", GROUP_B + " is not one of them");
  }

  @Test
  void a_moderator_of_group_a_cannot_correct_group_bs_events() {
    Api.Device organiserA = api.newAccount();
    mod.becomeModerator(organiserA, GROUP_A);
    assertProblem(mod.correct(organiserA, ruleCorrection(EVENT_B, GROUP_B, "same-faces", false, WHY)), 403, "forbidden",
        "not one of them");
    assertProblem(mod.correct(organiserA, ruleCorrection(EVENT_B, null, "same-faces", false, WHY)), 403, "forbidden",
        "name the event's groupKey");
  }

  @Test
  void a_moderator_corrects_their_own_groups_events_at_once() {
    Api.Device organiserA = api.newAccount();
    mod.becomeModerator(organiserA, GROUP_A);
    Api.Answer c = mod.correct(organiserA, ruleCorrection(EVENT_A, GROUP_A, "same-faces", false, WHY));
    assertEquals(201, c.status(), c.body());
    assertEquals("applied", c.str("status"));
  }

  @Test
  void a_plain_user_only_suggests_even_for_a_group_someone_moderates() {
    mod.becomeModerator(api.newAccount(), GROUP_A);
    Api.Answer c = mod.correct(api.newAccount(), ruleCorrection(GROUP_A, null, "same-faces", true, WHY));
    assertEquals("pending", c.str("status"));
    Api.Answer event = mod.correct(api.newAccount(), ruleCorrection(EVENT_A, GROUP_A, "same-faces", true, WHY));
    assertEquals("pending", event.str("status"));
  }

  @Test
  void a_revoked_moderator_loses_the_power_at_once() {
    Api.Device organiser = api.newAccount();
    mod.becomeModerator(organiser, GROUP_A);
    String claimId = api.get("/api/v1/claims", organiser.token()).json().path("claims").asArr().items().get(0)
        .path("claimId").asString();
    Api.Answer revoked = mod.decide(admin, "claims", claimId, "reject", "not the organiser");
    assertEquals("revoked", revoked.str("status"));
    Api.Answer c = mod.correct(organiser, ruleCorrection(GROUP_A, null, "members-only-exchange", false, WHY));
    assertEquals(201, c.status(), c.body());
    assertEquals("pending", c.str("status"));
    assertProblem(mod.decide(admin, "claims", claimId, "reject", null), 409, "conflict", "already revoked");
  }

  @Test
  void an_admin_can_approve_a_claim_by_hand_and_the_claimant_becomes_moderator() {
    Api.Device organiser = api.newAccount();
    String claimId = mod.claim(organiser, GROUP_B).str("claimId");
    assertEquals(java.util.List.of(claimId), mod.queued(admin, "claims", "claimId"));
    assertEquals("verified", mod.decide(admin, "claims", claimId, "approve", "called the organiser").str("status"));
    assertEquals(java.util.List.of(), mod.queued(admin, "claims", "claimId"));
    assertEquals("applied", mod.correct(organiser, ruleCorrection(GROUP_B, null, "same-faces", false, WHY)).str("status"));
  }

  @Test
  void a_user_token_is_no_admin_token_and_an_admin_token_is_no_user_token() {
    Api.Device user = api.newAccount();
    assertProblem(api.get("/api/v1/admin/queue", user.token()), 401, "unauthorized", "admin token");
    assertProblem(api.get("/api/v1/admin/queue", null), 401, "unauthorized", "admin token");
    assertProblem(api.get("/api/v1/admin/audit", "made-up"), 401, "unauthorized", "admin token");
    String claimId = mod.claim(user, GROUP_A).str("claimId");
    assertProblem(mod.decide(user.token(), "claims", claimId, "approve", null), 401, "unauthorized", "admin token");
    String correctionId = mod.correct(user, ruleCorrection(GROUP_A, null, "same-faces", true, WHY)).str("correctionId");
    assertProblem(mod.decide(user.token(), "corrections", correctionId, "accept", null), 401, "unauthorized", "admin token");
    assertProblem(api.post("/api/v1/corrections", admin, ruleCorrection(GROUP_A, null, "same-faces", true, WHY)), 401,
        "unauthorized", "not valid");
    assertEquals("pending", api.get("/api/v1/claims", user.token()).json().path("claims").asArr().items().get(0)
        .path("status").asString());
  }

  @Test
  void a_second_admin_token_works_too() {
    String second = Moderation.adminToken(server.database().url());
    assertEquals(200, api.get("/api/v1/admin/queue", second).status());
    assertEquals(200, api.get("/api/v1/admin/queue", admin).status());
  }
}
