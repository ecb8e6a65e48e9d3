package app.worthit.extension.moderation;

import app.worthit.json.JsonValue;

/** A claim on a group as the server reports it: {"claimId", "groupKey", "phrase", "status"}. */
public record Claim(String claimId, String groupKey, String phrase, String status) {
  /** Verified by its phrase (and not revoked since): the claimant moderates the group. */
  public boolean verified() {
    return "verified".equals(status);
  }

  /** Still waiting for its proof. */
  public boolean pending() {
    return "pending".equals(status);
  }

  /** The claim in a JSON answer, or null when it lacks a member. */
  public static Claim of(JsonValue json) {
    String id = json.path("claimId").asString();
    String group = json.path("groupKey").asString();
    String phrase = json.path("phrase").asString();
    String status = json.path("status").asString();
    return id == null || group == null || phrase == null || status == null ? null : new Claim(id, group, phrase, status);
  }

  /**
   * The claim that decides what the account may do on the group, from a GET /api/v1/claims answer
   * (oldest first): a verified one, else the newest, else null.
   */
  public static Claim latest(JsonValue claimsAnswer, String groupKey) {
    JsonValue.Arr list = claimsAnswer.path("claims").asArr();
    Claim found = null;
    if (list != null) {
      for (JsonValue item : list.items()) {
        Claim c = of(item);
        if (c != null && c.groupKey().equals(groupKey) && (found == null || !found.verified())) {
          found = c;
        }
      }
    }
    return found;
  }
}
