package app.worthit.server.moderation;

import static app.worthit.server.http.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.server.Api;
import app.worthit.server.Moderation;
import app.worthit.server.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class ClaimApiTest extends ModerationTestBase {
  static final String GROUP = "meetup:group:denver-tech-founders";

  @Test
  void a_claim_is_pending_with_a_short_phrase() {
    Api.Answer claim = mod.claim(api.newAccount(), GROUP);
    assertEquals(201, claim.status(), claim.body());
    assertEquals("pending", claim.str("status"));
    assertEquals(GROUP, claim.str("groupKey"));
    assertTrue(claim.str("phrase").matches("worthit-[a-z2-9]{4}-[a-z2-9]{4}"), claim.str("phrase"));
  }

  @Test
  void the_phrase_on_the_groups_own_page_verifies_the_claim() {
    Api.Device organiser = api.newAccount();
    Api.Answer claim = mod.claim(organiser, GROUP);
    String text = "About us\n  Founders meet monthly.   " + claim.str("phrase").toUpperCase() + "  ";
    Api.Answer proof = mod.prove(organiser, claim.str("claimId"), "https://www.meetup.com/Denver-Tech-Founders/?utm_source=x", text);
    assertEquals(200, proof.status(), proof.body());
    assertEquals("verified", proof.str("status"));
    Api.Answer mine = api.get("/api/v1/claims", organiser.token());
    assertEquals("verified", mine.json().path("claims").asArr().items().get(0).path("status").asString());
  }

  @Test
  void a_proof_from_another_page_or_without_the_phrase_is_refused() {
    Api.Device organiser = api.newAccount();
    Api.Answer claim = mod.claim(organiser, GROUP);
    String id = claim.str("claimId");
    String phrase = claim.str("phrase");
    assertProblem(mod.prove(organiser, id, "https://www.meetup.com/other-group/", phrase), 422, "proof-rejected", "not the own page");
    assertProblem(mod.prove(organiser, id, "https://www.meetup.com/denver-tech-founders/events/123456/", phrase), 422,
        "proof-rejected", "not the own page");
    assertProblem(mod.prove(organiser, id, Moderation.groupPage(GROUP), "no phrase here"), 422, "proof-rejected", "phrase");
    assertEquals("pending", api.get("/api/v1/claims", organiser.token()).json().path("claims").asArr().items().get(0)
        .path("status").asString());
  }

  @Test
  void another_accounts_claim_cannot_be_proven() {
    Api.Answer claim = mod.claim(api.newAccount(), GROUP);
    Api.Device intruder = api.newAccount();
    assertProblem(mod.prove(intruder, claim.str("claimId"), Moderation.groupPage(GROUP), claim.str("phrase")), 404,
        "not-found", "no claim");
  }

  @Test
  void a_verified_claim_cannot_be_proven_again() {
    Api.Device organiser = api.newAccount();
    Api.Answer claim = mod.claim(organiser, GROUP);
    assertEquals(200, mod.prove(organiser, claim.str("claimId"), Moderation.groupPage(GROUP), claim.str("phrase")).status());
    assertProblem(mod.prove(organiser, claim.str("claimId"), Moderation.groupPage(GROUP), claim.str("phrase")), 409,
        "conflict", "verified");
  }

  @Test
  void only_group_keys_can_be_claimed_and_only_with_a_token() {
    Api.Device user = api.newAccount();
    assertProblem(mod.claim(user, "meetup:event:123456"), 400, "invalid-request", "groupKey must be a group key");
    assertProblem(mod.claim(user, "meetup:group:Upper-Case"), 400, "invalid-request", "groupKey");
    assertProblem(api.post("/api/v1/claims", user.token(), "{}"), 400, "invalid-request", "groupKey is required");
    assertProblem(api.post("/api/v1/claims", user.token(), "{\"groupKey\":7}"), 400, "invalid-request", "must be a string");
    assertProblem(api.post("/api/v1/claims", null, "{\"groupKey\":\"meetup:group:x\"}"), 401, "unauthorized", "Bearer");
    assertProblem(mod.prove(user, "nope", Moderation.groupPage(GROUP), "x".repeat(200_001)), 400, "invalid-request", "text");
    assertEquals(201, mod.claim(user, "eventbrite:organizer:12345678").status());
  }
}
