package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An emotional support group for people out of work, dressed as networking. Fires on support
 * wording ("support circle", "you're not alone", "support each other"), on a group named for the
 * unemployed ("Job Seekers Networking Group"), or on an out-of-work audience plus morale or
 * accountability wording ("for people between jobs" + "report back to the group").
 */
public final class SupportGroupRule implements Rule {
  static final String SUPPORT = "support-group/support";
  static final String ROOM = "support-group/room";
  static final String AUDIENCE = "support-group/audience";
  static final String MORALE = "support-group/morale";

  private static final List<Cue> CUES = build();

  private static List<Cue> build() {
    List<Cue> c = new ArrayList<>();
    c.addAll(Cue.of(SUPPORT, 2,
        "support group(s)|circle(s)|meeting(s)|session(s)|network|ministry",
        "job|jobs club(s)|ministry",
        "career ministry",
        "youre|you|your not alone",
        "you are not alone",
        "share|sharing|voice your|our|their|personal struggle*|frustration*|feeling*|fears|setbacks|heartache",
        "support|supporting|encourage|encouraging|uplift|uplifting|lift each|one other|another",
        "lift each|one other|another up",
        "keep|keeping|help each|one other|another encouraged|motivated|positive|going|accountable|sane",
        "cheer each|one other|another on",
        "peer|emotional|moral|mutual support",
        "safe space|place",
        "pity party",
        "cope|coping|deal|dealing with ~2 unemployment|layoff*|rejection|loss|laid",
        "job|career|employment|work transition support|group|circle|ministry",
        "job seekers|seeker circle|support"));
    c.addAll(Cue.of(ROOM, 2,
        "unemployed|jobless|displaced|furloughed professionals|workers|people|folks|members|job ~2 group|circle|club|network|meetup|community|forum|roundtable|networking|gathering",
        "job seekers|seeker|hunters|searchers networking|group|circle|club|meetup|forum|roundtable|community",
        "job search accountability|support group|circle|club|partners",
        "group|circle|club|community|network|room of [fellow|other] unemployed|laid|job|jobless|displaced",
        "fellow job seekers|hunters|searchers"));
    c.addAll(Cue.of(AUDIENCE, 1,
        "unemployed", "jobless", "laid off", "layoff(s)", "between jobs", "out of work", "in transition",
        "job seeker(s)", "job hunter(s)", "job searcher(s)", "displaced workers", "furloughed",
        "lost your|their|a|my job(s)", "looking for work", "in career transition", "career transition(s)",
        "transitioning", "recently let go", "let go", "out of a job", "without a job", "job loss"));
    c.addAll(Cue.of(MORALE, 1,
        "encouragement", "encouraging", "morale", "spirits", "struggle*", "frustrat*",
        "stress", "isolat*", "lonely", "loneliness", "accountability", "accountable", "weekly goals",
        "set goals", "report back", "vent", "venting", "small wins", "celebrate ~2 wins", "uplift*",
        "stay positive", "self care", "share ~2 experiences|stories|challenges",
        "support one another|each", "support ~2 through", "motivation", "resilience",
        "emotional*", "discouraged", "rejection"));
    return List.copyOf(c);
  }

  @Override
  public RuleId id() {
    return RuleId.SUPPORT_GROUP;
  }

  @Override
  public List<Cue> cues() {
    return CUES;
  }

  @Override
  public Optional<Reason> evaluate(Facts facts) {
    List<Hit> support = facts.affirmed(SUPPORT);
    List<Hit> room = facts.affirmed(ROOM);
    List<Hit> audience = facts.affirmed(AUDIENCE);
    List<Hit> morale = facts.affirmed(MORALE);
    // A listing that says it is not a support group is believed unless it also uses support wording.
    boolean denied = support.isEmpty() && !facts.hits().all(SUPPORT).isEmpty();
    boolean fires = !support.isEmpty() || (!denied && (!room.isEmpty() || (!audience.isEmpty() && !morale.isEmpty())));
    if (!fires) {
      return Optional.empty();
    }
    List<Hit> shown = new ArrayList<>(support);
    shown.addAll(room);
    shown.addAll(audience);
    shown.addAll(morale);
    return Optional.of(Rules.reason(id(), Effects.RED_FLAG, Evidence.quoted(shown)));
  }
}
