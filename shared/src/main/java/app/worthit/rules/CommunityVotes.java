package app.worthit.rules;

/** The community's "worth it?" votes for an event or its group. */
public record CommunityVotes(int worthIt, int notWorthIt) {
  public CommunityVotes {
    if (worthIt < 0 || notWorthIt < 0) {
      throw new IllegalArgumentException("vote counts cannot be negative");
    }
  }

  /** All votes cast. */
  public int total() {
    return worthIt + notWorthIt;
  }
}
