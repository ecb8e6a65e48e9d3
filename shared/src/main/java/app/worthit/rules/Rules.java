package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Lexicon;
import java.util.ArrayList;
import java.util.List;

/** The rules of RULES.md in evaluation order (red flags first), and their shared, precompiled lexicon. */
public final class Rules {
  /** Every rule, red flags first, each once. */
  public static final List<Rule> ALL = List.of(
      new SupportGroupRule(),
      new PublishedLeadsRule(),
      new VendorHeavyRule(),
      new MembersOnlyExchangeRule(),
      new SameFacesRule(),
      new SingleTitleRule(),
      new OneToOneRule(),
      new FreshFacesRule(),
      new IndustryAssociationRule(),
      new HiringContactsRule());

  /** All cues of all rules and the job-title families, compiled once. */
  static final Lexicon LEXICON = new Lexicon(allCues());

  private Rules() {}

  /** The one-line explanation of a rule id, or null if the id is unknown. */
  public static String explanation(String ruleId) {
    RuleId id = RuleId.fromId(ruleId);
    return id == null ? null : id.explanation();
  }

  /** A reason for rule id with its standard explanation. */
  static Reason reason(RuleId id, int effect, String evidence) {
    return new Reason(id.id(), effect, id.explanation(), evidence == null || evidence.isEmpty() ? null : evidence);
  }

  private static List<Cue> allCues() {
    List<Cue> cues = new ArrayList<>(JobTitles.cues());
    cues.addAll(Audience.cues());
    cues.addAll(Activity.cues());
    for (Rule rule : ALL) {
      cues.addAll(rule.cues());
    }
    return cues;
  }
}
