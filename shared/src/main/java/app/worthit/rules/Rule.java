package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.rules.text.Cue;
import java.util.List;
import java.util.Optional;

/** One rule of RULES.md: the phrases it looks for and the judgement it draws from the facts. */
public interface Rule {
  /** The stable id of this rule. */
  RuleId id();

  /** The phrases this rule reads; they are compiled once into the shared lexicon. */
  List<Cue> cues();

  /** The reason this rule gives for the listing, or empty when it does not fire. */
  Optional<Reason> evaluate(Facts facts);
}
