package app.worthit.extension.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.worthit.json.JsonParser;
import org.junit.jupiter.api.Test;

class ClaimTest {
  private static final String GROUP = "meetup:group:referral-breakfast";

  private static String claim(String id, String group, String status) {
    return "{\"claimId\":\"" + id + "\",\"groupKey\":\"" + group + "\",\"phrase\":\"worthit-abcd-efgh\",\"status\":\"" + status + "\"}";
  }

  @Test
  void the_newest_claim_on_the_group_is_the_one_shown() {
    String answer = "{\"claims\":[" + claim("a", GROUP, "rejected") + "," + claim("b", "meetup:group:other", "pending")
        + "," + claim("c", GROUP, "pending") + "]}";
    assertEquals(new Claim("c", GROUP, "worthit-abcd-efgh", "pending"), Claim.latest(JsonParser.parse(answer), GROUP));
  }

  @Test
  void a_verified_claim_wins_over_a_newer_one() {
    String answer = "{\"claims\":[" + claim("a", GROUP, "verified") + "," + claim("c", GROUP, "pending") + "]}";
    assertEquals("a", Claim.latest(JsonParser.parse(answer), GROUP).claimId());
  }

  @Test
  void no_claim_or_a_malformed_answer_is_none() {
    assertNull(Claim.latest(JsonParser.parse("{\"claims\":[]}"), GROUP));
    assertNull(Claim.latest(JsonParser.parse("null"), GROUP));
    assertNull(Claim.of(JsonParser.parse("{\"claimId\":\"a\"}")));
  }
}
