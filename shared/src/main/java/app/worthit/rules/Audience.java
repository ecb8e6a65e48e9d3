package app.worthit.rules;

import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Hit;
import java.util.ArrayList;
import java.util.List;

/** Who an event is for: the audiences the rules tell apart, read from the listing's words. */
final class Audience {
  /** People out of work or in transition, named as the audience. */
  static final String OUT_OF_WORK = "audience/out-of-work";
  /** A room made of them: a group or circle named for job seekers or the unemployed. */
  static final String JOB_SEEKERS_ROOM = "audience/job-seekers-room";
  /** People meeting in a working capacity: professionals, businesses, job seekers, a trade or craft. */
  static final String WORKING = "audience/working";
  /** A purely social or leisure audience: singles, players, travellers. */
  static final String LEISURE = "audience/leisure";

  private static final List<Cue> CUES = build();

  private Audience() {}

  private static List<Cue> build() {
    List<Cue> c = new ArrayList<>();
    c.addAll(Cue.of(OUT_OF_WORK, 1,
        "unemployed", "jobless", "laid off", "layoff(s)", "between jobs", "out of work", "in transition",
        "job seeker(s)", "job hunter(s)", "job searcher(s)", "displaced workers", "furloughed",
        "lost your|their|a|my job(s)", "looking for work", "in career transition", "recently let go",
        "out of a job", "without a job", "job loss", "people|professionals|members|those in transition",
        "career transition(s)", "transitioning service members|veterans|military|professionals|workers", "retrenched",
        "made redundant", "fellow seekers"));
    c.addAll(Cue.of(JOB_SEEKERS_ROOM, 2,
        "unemployed|jobless|displaced|furloughed professionals|workers|people|folks|members|job ~2 group|circle|club|network|meetup|community|forum|roundtable|networking|gathering",
        "job seekers|seeker|hunters|searchers networking|group|circle|club|meetup|forum|roundtable|community|team",
        "job search accountability|support|networking group|circle|club|partners|team",
        "job|jobs club(s)", "career ministry",
        "group|circle|club|community|network|room of [fellow|other] unemployed|laid|job|jobless|displaced",
        "fellow job seekers|hunters|searchers"));
    c.addAll(Cue.of(WORKING, 1,
        "networking", "network", "professional(s)", "career(s)", "business(es)", "industry", "industries", "job(s)",
        "hiring", "employer(s)", "employment", "entrepreneur(s)", "founder(s)", "startup(s)", "recruiter(s)",
        "colleague(s)", "peers", "practitioner(s)", "workplace", "clients", "investor(s)", "mentor*", "company",
        "companies", "work", "contacts"));
    c.addAll(Cue.of(LEISURE, 2,
        "speed dating", "singles", "single professionals", "dating", "matchmaking", "tournament", "sightseeing",
        "holiday(s)", "day out", "single supplement", "itinerary"));
    return List.copyOf(c);
  }

  static List<Cue> cues() {
    return CUES;
  }

  /** People who come in a working capacity, not a social or leisure crowd. */
  static Frame working(Facts facts) {
    if (!facts.affirmed(LEISURE).isEmpty()) {
      return Frame.ABSENT;
    }
    // One word of work shows the frame; a long text holds thousands.
    List<Hit> working = facts.affirmed(WORKING);
    List<Hit> shown = working.isEmpty() ? facts.titles() : working;
    return shown.isEmpty() ? Frame.ABSENT : new Frame(List.of(shown.get(0)));
  }

  /** People out of work or in transition: named as the audience, or as the room the group is made of. */
  static Frame outOfWork(Facts facts) {
    List<Hit> hits = new ArrayList<>(facts.affirmed(JOB_SEEKERS_ROOM));
    hits.addAll(facts.affirmed(OUT_OF_WORK));
    return new Frame(hits);
  }
}
