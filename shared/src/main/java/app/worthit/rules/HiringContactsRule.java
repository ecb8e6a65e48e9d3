package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Hit;
import app.worthit.rules.text.Hits;
import app.worthit.rules.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * People who hire are in the room: hiring managers, founders who are hiring, employer panels,
 * companies that are hiring, recruiters from named employers. A room of recruiters talking shop, a
 * talk on "what hiring managers look for" or bare mentions of founders are not this rule.
 */
public final class HiringContactsRule implements Rule {
  static final String HIRERS = "hiring-contacts/hirers";
  static final String HINT = "hiring-contacts/hint";

  private static final int THRESHOLD = 2;
  private static final WordSet ABOUT_BEFORE = WordSet.of("what", "how", "impress", "attract", "wow", "convince",
      "noticed", "beat", "pass", "fool", "woo", "approach", "appeal");
  private static final WordSet ABOUT_AFTER = WordSet.of("look", "looks", "want", "wants", "think", "expect",
      "screen", "skim", "reject", "hate", "love", "ignore", "read", "seek", "value", "notice");

  private static final List<Cue> CUES = build();

  private static List<Cue> build() {
    String employers = "company|companies|employer|employers|startup|startups|firm|firms|team|teams|organizations"
        + "|organisations|businesses|sponsor|sponsors|host|hosts|agencies|agency";
    List<Cue> c = new ArrayList<>();
    c.addAll(Cue.of(HIRERS, 2,
        "hiring manager(s)|team(s)|leader(s)|partner(s)|decision|authorities",
        "meet|meeting [the|our|local|startup] founder(s)|ceo(s)|cto(s)",
        "meet|meeting|connect ~3 employer(s)|recruiter(s)",
        "founder(s)|ceo(s)|cto(s) ~3 hiring", "hiring founder(s)",
        "employer|employers|company|companies|hiring|industry panel(s)|showcase(s)|talk(s)|presentation(s)|spotlight(s)|pitches",
        "panel of|with ~2 employer*|hiring|recruiter*|founder*",
        employers + " ~3 hiring|recruiting",
        "hiring companies|employers|teams|now|on|for",
        "actively|currently|now hiring|recruiting",
        "were hiring", "we are hiring",
        "recruiter(s) ~2 from|at|representing",
        "talent acquisition team(s)|leader(s)|partner(s)|from",
        "interview* on [the] spot|site", "interview* onsite", "on [the] site|spot interview*|offers|hiring",
        "onsite interview*|offers|hiring",
        "engineering|product|design|tech|technology|data|sales|marketing|hiring|talent leaders|leadership|directors|heads|managers|executives from",
        "employers present*|presenting|attending|attend"));
    c.addAll(Cue.of(HINT, 1,
        "employer(s)", "hiring", "recruiter(s)", "founder(s)", "bring ~2 resume(s)|cv(s)", "open roles|positions",
        "heads|head of engineering|product|talent|people|design|data|hiring", "cto(s)|ceo(s)|vp(s)|directors|executives from"));
    return List.copyOf(c);
  }

  @Override
  public RuleId id() {
    return RuleId.HIRING_CONTACTS;
  }

  @Override
  public List<Cue> cues() {
    return CUES;
  }

  @Override
  public Optional<Reason> evaluate(Facts facts) {
    List<Hit> hits = new ArrayList<>(facts.hits().affirmed(HIRERS, h -> !isOnlyAbout(facts, h)));
    List<Hit> hints = facts.affirmed(HINT);
    List<Hit> all = new ArrayList<>(hits);
    all.addAll(hints);
    if (hits.isEmpty() && Hits.strength(hints) < THRESHOLD + 1) {
      return Optional.empty();
    }
    return Optional.of(Rules.reason(id(), Effects.GREEN_FLAG, Evidence.quoted(hits.isEmpty() ? all : hits)));
  }

  /** "What hiring managers look for": a talk about hirers, with none in the room. */
  private static boolean isOnlyAbout(Facts facts, Hit h) {
    return facts.text().anyBefore(h.start(), 2, ABOUT_BEFORE) || facts.text().anyAfter(h.end(), 2, ABOUT_AFTER);
  }
}
