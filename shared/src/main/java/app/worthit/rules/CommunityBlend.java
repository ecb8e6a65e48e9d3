package app.worthit.rules;

import app.worthit.model.Reason;
import java.util.Optional;

/**
 * Blends community votes into the computed score: the weight grows with the number of votes, so many
 * votes can move a verdict, and below a handful's limit the level cannot change at all.
 */
final class CommunityBlend {
  /** Up to this many votes are a handful: they shift the score but never the level. */
  static final int HANDFUL = 9;
  /** Votes at which the community weighs as much as the listing's evidence. */
  static final int HALF_WEIGHT_VOTES = 50;

  private CommunityBlend() {}

  /** The community reason for the votes (null or none give empty). */
  static Optional<Reason> blend(CommunityVotes votes, int score) {
    if (votes == null || votes.total() == 0) {
      return Optional.empty();
    }
    int total = votes.total();
    double share = 100.0 * votes.worthIt() / total;
    double weight = (double) total / (total + HALF_WEIGHT_VOTES);
    int blended = Levels.clamp((int) Math.round(score + weight * (share - score)));
    if (total <= HANDFUL) {
      blended = Levels.within(Levels.of(score), blended);
    }
    String text = "Community votes: " + votes.worthIt() + " worth it, " + votes.notWorthIt() + " not worth it"
        + (total <= HANDFUL ? " (too few to change the verdict)." : ".");
    String evidence = votes.worthIt() + " of " + total + " voted worth it";
    return Optional.of(new Reason(RuleId.COMMUNITY.id(), blended - score, text, evidence));
  }
}
