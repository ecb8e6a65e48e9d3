package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The same people every week or month. Recurrence alone is not enough: it takes a recurring series
 * with a stable core, shown by its words ("our regulars", "same crew every month", "keep your
 * connections going") or by its format: a referral club's chapter, a job seekers' circle or a support
 * circle of people in transition that
 * meets every week is the same members each time; a small or regular group that has met for years,
 * unless its point is new talks each time.
 * Personal: fires whenever the user has been to the group twice or more.
 */
public final class SameFacesRule implements Rule {
  static final String CORE = "same-faces/core";
  static final String YEARS = "same-faces/years";
  static final String RECURRING = "same-faces/recurring";
  static final String SMALL = "same-faces/small";

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
        "old friends", "like family", "returning members|regulars",
        "keep|keeping ~2 connections|relationships|contacts going|alive|warm", "catch up with ~2 regulars|members|friends"));
    c.addAll(Cue.of(YEARS, 1,
        "meeting|met|meet|meets|gathering|gathered|running|together ~3 since 19*|20*",
        "meeting|met|meet|meets|gathering|gathered|running|together ~3 for [over|more|nearly|almost] [than] #|many|several years|decades",
        "for years", "for over a decade", "for a decade", "for decades"));
    c.addAll(Cue.of(SMALL, 1, "small|little|tiny|intimate group|circle|crew|gathering|band"));
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
    List<Hit> recurring = facts.affirmed(RECURRING);
    boolean recurs = facts.recursRegularly() || !recurring.isEmpty();
    List<Hit> shown = new ArrayList<>(facts.affirmed(CORE));
    List<Hit> years = facts.affirmed(YEARS);
    // A group that has met for years is the same circle, unless what it offers is new talks each time.
    if (shown.isEmpty() && !years.isEmpty() && !facts.frames().talks() && (recurs || !facts.affirmed(SMALL).isEmpty())) {
      shown.addAll(years);
      recurs = true;
    }
    if (recurs && shown.isEmpty()) {
      // A standing group of members: a referral club's chapter, a circle of job seekers.
      if (MembersOnlyExchangeRule.looksLikeReferralClub(facts)) {
        shown.addAll(facts.affirmed(MembersOnlyExchangeRule.CLUB));
        shown.addAll(facts.affirmed(MembersOnlyExchangeRule.GATED));
      }
      shown.addAll(facts.affirmed(Audience.JOB_SEEKERS_ROOM));
      if (!facts.affirmed(SupportGroupRule.SUPPORT).isEmpty()) {
        shown.addAll(facts.frames().outOfWork().evidence());
      }
    }
    boolean stableCore = recurs && !shown.isEmpty();
    Integer visits = facts.profile().timesAttendedGroup();
    boolean known = visits != null && visits >= KNOWN_AFTER_VISITS;
    if (!stableCore && !known) {
      return Optional.empty();
    }
    if (stableCore) {
      shown.addAll(recurring);
    }
    String text = stableCore ? Evidence.quoted(shown) : null;
    String personal = known ? "you have been to this group " + visits + " times" : null;
    return Optional.of(Rules.reason(id(), Effects.RED_FLAG, Evidence.join(text, personal)));
  }
}
