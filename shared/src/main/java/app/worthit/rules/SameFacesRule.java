package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The same people every week or month. Recurrence alone is not enough: it takes a stable core ("our
 * regulars", "same crew every month", "tight-knit") on a recurring series, or a group that has met
 * for years. Personal: fires whenever the user has been to the group twice or more.
 */
public final class SameFacesRule implements Rule {
  static final String CORE = "same-faces/core";
  static final String YEARS = "same-faces/years";
  static final String RECURRING = "same-faces/recurring";

  /** Visits to the same group after which the user already knows its people. */
  static final int KNOWN_AFTER_VISITS = 2;

  private static final List<Cue> CUES = build();

  private static List<Cue> build() {
    List<Cue> c = new ArrayList<>();
    c.addAll(Cue.of(CORE, 2,
        "same ~1 faces|face|crew|people|folks|crowd|group|gang|bunch|members|regulars|core|attendees|circle",
        "our|the|loyal|weekly|monthly|friendly regulars",
        "regular crowd|crew|attendees|members|group", "familiar faces", "core group|crew|members",
        "tight|close knit", "tightknit", "closeknit", "everyone knows everyone", "we all know each other",
        "know each other ~1 well", "usual crowd|suspects|crew|gang|faces", "long time|standing members|group|regulars|attendees", "longtime members|group|regulars|attendees",
        "old friends", "like family", "returning members|regulars"));
    c.addAll(Cue.of(YEARS, 2,
        "meeting|met|meet|meets|gathering|gathered|running|together ~3 since 19*|20*",
        "meeting|met|meet|meets|gathering|gathered|running|together ~3 for [over|more|nearly|almost] [than] #|many|several years|decades",
        "for years", "for over a decade", "for a decade", "for decades"));
    c.addAll(Cue.of(RECURRING, 1,
        "every|each week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|fortnight|morning|evening",
        "every other week|month|monday|tuesday|wednesday|thursday|friday",
        "weekly", "biweekly", "bi weekly", "monthly", "fortnightly", "twice a|per month", "once a|per week|month",
        "mondays|tuesdays|wednesdays|thursdays|fridays"));
    return List.copyOf(c);
  }

  @Override
  public RuleId id() {
    return RuleId.SAME_FACES;
  }

  @Override
  public List<Cue> cues() {
    return CUES;
  }

  @Override
  public Optional<Reason> evaluate(Facts facts) {
    List<Hit> core = facts.affirmed(CORE);
    List<Hit> years = facts.affirmed(YEARS);
    boolean recurring = facts.recursRegularly() || !facts.affirmed(RECURRING).isEmpty();
    boolean stableCore = (!core.isEmpty() && recurring) || !years.isEmpty();
    Integer visits = facts.profile().timesAttendedGroup();
    boolean known = visits != null && visits >= KNOWN_AFTER_VISITS;
    if (!stableCore && !known) {
      return Optional.empty();
    }
    List<Hit> shown = new ArrayList<>(core);
    shown.addAll(years);
    String text = stableCore ? Evidence.quoted(shown) : null;
    String personal = known ? "you have been to this group " + visits + " times" : null;
    return Optional.of(Rules.reason(id(), Effects.RED_FLAG, Evidence.join(text, personal)));
  }
}
