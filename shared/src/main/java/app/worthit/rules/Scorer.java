package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.model.ScoreRequest;
import app.worthit.model.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Scores a listing for a job seeker: the verdict, its 0..100 score and every reason behind it. */
public final class Scorer {
  private Scorer() {}

  /** The verdict from the listing and profile alone. */
  public static Verdict score(ScoreRequest request) {
    return score(request, null);
  }

  /** The verdict with the community's votes blended in (votes may be null: none). */
  public static Verdict score(ScoreRequest request, CommunityVotes votes) {
    return score(request, votes, Corrections.NONE);
  }

  /**
   * The verdict with accepted corrections applied before the rules (corrected fields replace the
   * extracted ones, corrected rules are decided) and the community's votes (may be null) blended in.
   */
  public static Verdict score(ScoreRequest request, CommunityVotes votes, Corrections corrections) {
    Corrections applied = corrections == null ? Corrections.NONE : corrections;
    Facts facts = Facts.of(applied.fields().applyTo(request.listing()), request.profile());
    List<Reason> fired = new ArrayList<>();
    for (Rule rule : Rules.ALL) {
      CorrectedRules.evaluate(rule, facts, applied).ifPresent(fired::add);
    }
    List<Reason> reasons = Balance.apply(fired);
    int score = Effects.NEUTRAL;
    for (Reason r : reasons) {
      score += r.effect();
    }
    score = Levels.clamp(score);
    reasons.addAll(CorrectedRules.notes(applied));
    // Text the rules cannot read explains the verdict better than "too little text" would.
    var unread = UnreadLanguage.check(facts, score, applied.decidesAnyRule());
    if (unread.isPresent()) {
      reasons.add(unread.get());
      score += unread.get().effect();
    }
    // A correction that decides rules supplies the facts a thin listing lacks.
    var thin = applied.decidesAnyRule() || unread.isPresent() ? java.util.Optional.<Reason>empty()
        : NotEnoughInformation.check(facts, score);
    if (thin.isPresent()) {
      reasons.add(thin.get());
      score += thin.get().effect();
    }
    var community = CommunityBlend.blend(votes, score);
    if (community.isPresent()) {
      reasons.add(community.get());
      score += community.get().effect();
    }
    return new Verdict(request.listing().key(), Levels.of(score), score, reasons);
  }
}
