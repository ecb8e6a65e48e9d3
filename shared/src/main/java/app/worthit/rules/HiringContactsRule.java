package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.rules.text.Cue;
import java.util.List;
import java.util.Optional;

/**
 * People who hire are in the room: hiring managers, founders who are hiring, employer panels, job
 * fairs and hiring events, recruiters from named employers (the {@link Activity#hirers} frame). A
 * talk on "what hiring managers look for" or bare mentions of founders are not this rule.
 */
public final class HiringContactsRule implements Rule {
  @Override
  public RuleId id() {
    return RuleId.HIRING_CONTACTS;
  }

  @Override
  public List<Cue> cues() {
    return List.of();
  }

  @Override
  public Optional<Reason> evaluate(Facts facts) {
    Frame hirers = facts.frames().hirers();
    if (!hirers.holds()) {
      return Optional.empty();
    }
    return Optional.of(Rules.reason(id(), Effects.GREEN_FLAG, Evidence.quoted(hirers.evidence())));
  }
}
