package app.worthit.rules;

import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Hit;
import app.worthit.rules.text.Hits;
import app.worthit.rules.text.WordSet;
import java.util.ArrayList;
import java.util.List;

/** What happens at an event: the activities the rules tell apart, read from the listing's words. */
final class Activity {
  /** People who hire are in the room: hiring managers, employers recruiting, a job fair. */
  static final String HIRERS = "activity/hirers";
  /** An event held for hiring: a job fair, a hiring day; its booths are employers. */
  static final String HIRING_EVENT = "activity/hiring-event";
  /** Talks, workshops or demos: the event's point is what is presented. */
  static final String TALKS = "activity/talks";
  /** Weaker hints of hirers, which count only together. */
  static final String HIRING_HINT = "activity/hiring-hint";

  private static final int HINTS_NEEDED = 3;
  private static final WordSet ABOUT_BEFORE = WordSet.of("what", "how", "impress", "attract", "wow", "convince",
      "noticed", "beat", "pass", "fool", "woo", "approach", "appeal");
  private static final WordSet ABOUT_AFTER = WordSet.of("look", "looks", "want", "wants", "think", "expect",
      "screen", "skim", "reject", "hate", "love", "ignore", "read", "seek", "value", "notice");

  private static final List<Cue> CUES = build();

  private Activity() {}

  private static List<Cue> build() {
    String employers = "company|companies|employer|employers|startup|startups|firm|firms|team|teams|organizations"
        + "|organisations|businesses|sponsor|sponsors|host|hosts|agencies|agency";
    List<Cue> c = new ArrayList<>();
    c.addAll(Cue.of(HIRERS, 2,
        "hiring manager(s)|team(s)|leader(s)|partner(s)|decision|authorities|executives|professionals",
        "meet|meeting [the|our|local|startup] founder(s)|ceo(s)|cto(s)",
        "meet|meeting|connect|interview|network ~3 employer(s)|recruiter(s)",
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
        "employers present*|presenting|attending|attend",
        "opportunities|positions|roles|vacancies with ~2 employer*|companies",
        "hear|hearing from ~2 employer*|recruiter*|hiring",
        "meet|meeting|interview|interviewing|scout|scouting ~2 candidates|applicants",
        "applying for ~3 positions|roles|vacancies|openings",
        "open roles|positions|vacancies at", "have|has|with ~1 open roles|positions|vacancies|openings|jobs",
        "head|heads of engineering|product|talent|people|design|data|hiring|recruiting|recruitment ~2 at|from",
        "interested in hiring|recruiting", "looking|keen|want|wants|hoping to hire|recruit",
        "human resources ~1 of|from|at ~5 company|companies|employers|firms|organisations|organizations",
        "hr|recruitment|talent|people team|teams|staff of|from|at ~5 company|companies|employers|firms|organisations|organizations"));
    c.addAll(Cue.of(HIRING_EVENT, 2,
        "job|jobs|career|careers|employment|graduate|recruitment|hiring fair(s)",
        "job|jobs|career|careers|employment|graduate|recruitment|hiring expo(s)",
        "hiring|recruitment|recruiting event(s)|day(s)|drive(s)|night(s)"));
    c.addAll(Cue.of(TALKS, 1,
        "talks", "a|our|the|this|his|her|their|lightning|tech talk", "talk by|from|on|about", "presentation(s)",
        "speaker(s)", "lightning talk(s)", "workshop(s)", "hands on", "demo(s)", "panel discussion(s)", "panelist(s)",
        "tutorial(s)", "codelab(s)", "hackathon(s)", "keynote(s)", "live coding", "deep dive", "symposium",
        "seminar(s)", "lecture(s)", "concert", "performance", "screening"));
    c.addAll(Cue.of(HIRING_HINT, 1,
        "employer(s)", "hiring", "recruiter(s)", "founder(s)", "bring ~2 resume(s)|cv(s)", "open roles|positions",
        "heads|head of engineering|product|talent|people|design|data|hiring", "cto(s)|ceo(s)|vp(s)|directors|executives from"));
    return List.copyOf(c);
  }

  static List<Cue> cues() {
    return CUES;
  }

  /** Hirers in the room, and not only talked about ("what hiring managers look for"). */
  static Frame hirers(Facts facts) {
    List<Hit> hits = new ArrayList<>(facts.hits().affirmed(HIRERS, h -> !isOnlyAbout(facts, h)));
    hits.addAll(facts.affirmed(HIRING_EVENT));
    if (!hits.isEmpty()) {
      return new Frame(hits);
    }
    List<Hit> hints = facts.affirmed(HIRING_HINT);
    return Hits.strength(hints) >= HINTS_NEEDED ? new Frame(hints) : Frame.ABSENT;
  }

  private static boolean isOnlyAbout(Facts facts, Hit h) {
    return facts.text().anyBefore(h.start(), 2, ABOUT_BEFORE) || facts.text().anyAfter(h.end(), 2, ABOUT_AFTER);
  }
}
