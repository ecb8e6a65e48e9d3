package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An emotional support group for people out of work, dressed as networking. Its defining frame is an
 * audience out of work or in transition plus a support framing ("laid off? you're not alone", "keep
 * each other motivated"), or a room named for job seekers ("Job Seekers Networking Circle") where no
 * hirers come. "Supporting each other" in a professional, tech or hobby community is not it.
 */
public final class SupportGroupRule implements Rule {
  static final String SUPPORT = "support-group/support";
  static final String MORALE = "support-group/morale";

  private static final List<Cue> CUES = build();

  private static List<Cue> build() {
    List<Cue> c = new ArrayList<>();
    c.addAll(Cue.of(SUPPORT, 2,
        "support group(s)|circle(s)|meeting(s)|session(s)|network|ministry",
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
        "job|career|employment|work transition support|group|circle|ministry"));
    c.addAll(Cue.of(MORALE, 1,
        "encouragement", "encouraging", "morale", "spirits", "struggle*", "frustrat*",
        "isolat*", "lonely", "loneliness", "accountability", "accountable", "weekly goals",
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
    List<Hit> morale = facts.affirmed(MORALE);
    List<Hit> room = facts.affirmed(Audience.JOB_SEEKERS_ROOM);
    Frame outOfWork = facts.frames().outOfWork();
    // A listing that says it is not a support group is believed unless it also uses support wording.
    boolean denied = support.isEmpty() && !facts.hits().all(SUPPORT).isEmpty();
    boolean roomOfSeekers = !room.isEmpty() && !facts.frames().hirers().holds();
    boolean supportFrame = !support.isEmpty() || !morale.isEmpty();
    if (denied || !(roomOfSeekers || (outOfWork.holds() && supportFrame))) {
      return Optional.empty();
    }
    List<Hit> shown = new ArrayList<>(support);
    shown.addAll(outOfWork.evidence());
    shown.addAll(morale);
    return Optional.of(Rules.reason(id(), Effects.RED_FLAG, Evidence.quoted(shown)));
  }
}
