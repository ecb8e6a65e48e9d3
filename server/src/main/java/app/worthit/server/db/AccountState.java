package app.worthit.server.db;

/**
 * An account as a sync sees it once it holds the account's row: the last sequence number it
 * reserved, when the account was made, when its votes began to count (0: not yet), and its cohort
 * (null for accounts older than cohorts).
 */
public record AccountState(long lastSeq, long createdAt, long countedAt, String cohort) {
  /** True once the account's ratings move the public aggregates. */
  public boolean counted() {
    return countedAt > 0;
  }
}
