package app.worthit.server.db;

/** A claim that an account organises a group: pending, verified, rejected or revoked. */
public record ClaimRow(String id, String accountId, String groupKey, String phrase, String status, int reviewed,
    long createdAt, long updatedAt) {
  public static final String PENDING = "pending";
  public static final String VERIFIED = "verified";
  public static final String REJECTED = "rejected";
  public static final String REVOKED = "revoked";
}
