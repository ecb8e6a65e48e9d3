package app.worthit.server.db;

/**
 * A correction as stored: rules and fields as JSON text, its status (pending, applied, rejected or
 * reverted), who accepted it (organiser or review, once applied) and whether it awaits review.
 */
public record CorrectionRow(String id, String author, String subjectKey, String keyPrefix, String groupKey,
    String rules, String fields, String explanation, String status, String acceptedBy, int inReview,
    long createdAt, Long appliedAt, long updatedAt) {
  public static final String PENDING = "pending";
  public static final String APPLIED = "applied";
  public static final String REJECTED = "rejected";
  public static final String REVERTED = "reverted";
}
