package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.model.Recurrence;
import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Hit;
import app.worthit.rules.text.Hits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A specialty event that turns its crowd over, so each visit brings new people. Strong signs fire
 * alone ("new faces every month", "mostly first-time attendees", speed networking, rotations, a
 * different industry or partner each edition); weak ones ("newcomers welcome", "people from every
 * industry", a one-off event) need a second. "Newcomers always welcome" alone is not this rule.
 */
public final class FreshFacesRule implements Rule {
  static final String TURNOVER = "fresh-faces/turnover";
  static final String OPEN = "fresh-faces/open";

  private static final int THRESHOLD = 2;

  private static final List<Cue> CUES = build();

  private static List<Cue> build() {
    String edition = "month|week|time|edition|event|session|meeting|meetup|quarter|night|round|year";
    String theme = "industry|industries|theme|themes|sector|sectors|community|communities|partner|partners"
        + "|host|hosts|company|companies|crowd|group|groups|audience|mix|people|attendees|field|focus|profession|professions";
    List<Cue> c = new ArrayList<>();
    c.addAll(Cue.of(TURNOVER, 2,
        "new|fresh faces|face|crowd",
        "new|different people|attendees|participants|crowd|faces|group every|each ~1 " + edition,
        "speed networking|mentoring|meetings|introductions", "speednetworking",
        "rotation(s)", "rotating", "rotate(s)", "round robin",
        "mostly|mainly|largely|majority|half|most ~3 new|first|firsttime|newcomers|newcomer",
        "different|new ~2 " + theme + " each|every ~1 " + edition,
        "each|every " + edition + " ~6 different|new ~2 " + theme,
        "never the same crowd|faces|people|room|mix",
        "turn|turns|turning ~2 over", "turnover", "one off", "one time event|gathering|mixer"));
    c.addAll(Cue.of(OPEN, 1,
        "people|professionals|attendees|folks from every|all|many|different|various ~1 industries|industry|sectors|fields|walks|backgrounds",
        "cross industry", "multi industry", "all industries", "every industry",
        "first timers|firsttimers", "first time attendees|visitors|guests", "newcomers", "new members welcome", "different venue", "each|every edition",
        "new ~1 volunteers|mentors|hosts|partners each|every", "annual", "once a year"));
    return List.copyOf(c);
  }

  @Override
  public RuleId id() {
    return RuleId.FRESH_FACES;
  }

  @Override
  public List<Cue> cues() {
    return CUES;
  }

  @Override
  public Optional<Reason> evaluate(Facts facts) {
    List<Hit> hits = new ArrayList<>(facts.affirmed(TURNOVER));
    hits.addAll(facts.affirmed(OPEN));
    int strength = Hits.strength(hits);
    boolean oneOff = facts.listing().recurrence() == Recurrence.NONE;
    if (oneOff) {
      strength++;
    }
    if (strength < THRESHOLD || !facts.frames().working().holds()) {
      return Optional.empty();
    }
    String evidence = Evidence.join(Evidence.quoted(hits), oneOff ? "a one-off event" : null);
    return Optional.of(Rules.reason(id(), Effects.GREEN_FLAG, evidence));
  }
}
