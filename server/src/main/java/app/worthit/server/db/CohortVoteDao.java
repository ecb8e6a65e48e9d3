package app.worthit.server.db;

/**
 * The cohort_votes table: per key, the votes of the counted accounts of one cohort (the accounts
 * made from one client address on one UTC day). Written only through {@link SyncQueries}.
 */
public final class CohortVoteDao {
  static final String ADD_INTO = "INSERT INTO cohort_votes (record_key, cohort, worth_it, not_worth_it) VALUES ";
  /** One row; repeated to move many keys of one cohort in one statement. */
  static final String ADD_ROW = "(:recordKey, :cohort, :worthIt, :notWorthIt)";
  static final String ADD_ON_CONFLICT = " ON CONFLICT (record_key, cohort) DO UPDATE SET"
      + " worth_it = cohort_votes.worth_it + excluded.worth_it, not_worth_it = cohort_votes.not_worth_it + excluded.not_worth_it"
      + " RETURNING record_key, worth_it, not_worth_it";

  private CohortVoteDao() {}
}
