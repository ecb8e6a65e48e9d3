package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Field;
import app.worthit.rules.text.Hit;
import app.worthit.rules.text.Hits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A leads group whose "leads" are job postings anyone can already find. Fires on leads-group wording
 * ("job leads", "leads exchange") or on sharing found postings ("bring openings you've found", "jobs
 * we've seen posted on the job boards"). Bare "share leads" among peers is not enough on its own.
 */
public final class PublishedLeadsRule implements Rule {
  static final String LEADS = "published-leads/leads";
  static final String POSTINGS = "published-leads/postings";

  private static final int THRESHOLD = 2;

  private static final List<Cue> CUES = build();

  private static List<Cue> build() {
    List<Cue> c = new ArrayList<>();
    c.addAll(Cue.of(LEADS, 2,
        "leads group(s)|club|meeting|exchange|sharing|share|swap|roundtable|call|list|session",
        "job|jobs|employment|career lead(s)",
        "lead(s) exchange|sharing|swap",
        "job board review|roundup|round",
        "review|reviewing|scan|scanning|go|going ~2 job board(s)",
        "exchange|share|sharing|swap|swapping|trade|trading|pass|passing|bring|circulate job|jobs postings|posting|openings|opening|listings|listing|ads",
        "bring|share|sharing ~3 openings|postings|listings|vacancies|job|jobs ~3 found|seen|spotted|saw",
        "openings|postings|listings|vacancies|jobs|positions|roles ~3 youve|weve|you|we|theyve|they|others|people found|seen|spotted|saw|missed",
        "seen|saw|spotted|found ~2 posted|advertised|listed",
        "postings|openings|listings you|we|they missed",
        "publicly|already posted|advertised|listed jobs|openings|positions|roles",
        "posted jobs|openings|positions|roles|vacancies"));
    c.addAll(Cue.of(POSTINGS, 1,
        "job board(s)", "jobboard(s)", "on|from|like|via|or indeed", "ziprecruiter", "glassdoor", "monster com",
        "linkedin jobs", "job|jobs posting(s)", "job listing(s)", "job list(s)", "go|going around the room"));
    return List.copyOf(c);
  }

  @Override
  public RuleId id() {
    return RuleId.PUBLISHED_LEADS;
  }

  @Override
  public List<Cue> cues() {
    return CUES;
  }

  @Override
  public Optional<Reason> evaluate(Facts facts) {
    // Text about the group (its footer, its online board) does not make the meeting a leads group.
    List<Hit> hits = new ArrayList<>(facts.hits().affirmed(LEADS, h -> h.field() != Field.GROUP_DESCRIPTION));
    hits.addAll(facts.hits().affirmed(POSTINGS, h -> h.field() != Field.GROUP_DESCRIPTION));
    if (Hits.strength(hits) < THRESHOLD) {
      return Optional.empty();
    }
    return Optional.of(Rules.reason(id(), Effects.RED_FLAG, Evidence.quoted(hits)));
  }
}
