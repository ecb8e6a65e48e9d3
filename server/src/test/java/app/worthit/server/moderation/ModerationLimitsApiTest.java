package app.worthit.server.moderation;

import static app.worthit.server.Moderation.ruleCorrection;
import static app.worthit.server.http.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.server.Api;
import app.worthit.server.limits.RateLimits;
import app.worthit.server.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class ModerationLimitsApiTest extends ModerationTestBase {
  @Override
  RateLimits limits() {
    return new RateLimits(0, 0, 0, 3);
  }

  @Test
  void claims_corrections_and_disputes_share_one_budget_per_account() {
    Api.Device user = api.newAccount();
    Api.Device phone = api.pair(user);
    assertEquals(201, mod.claim(user, GROUP_A).status());
    assertEquals(201, mod.correct(phone, ruleCorrection(GROUP_B, null, "same-faces", true, "weekly regulars")).status());
    assertEquals(201, mod.claim(phone, GROUP_B).status());
    Api.Answer refused = api.post("/api/v1/corrections/x/disputes", user.token(), "{\"reason\":\"r\"}");
    assertProblem(refused, 429, "rate-limited", "too many claims, corrections or disputes");
    assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1);
    assertEquals(201, mod.claim(api.newAccount(), GROUP_A).status());
  }
}
