package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Hit;
import app.worthit.rules.text.ListingText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A multi-role association, society or council of a sector, or a sector community open to every
 * role (a named sector plus "all roles", or a sector community naming three roles or more). A referral club's "chapter" is not this rule. Personal: an association of the user's own
 * industry counts a little more.
 */
public final class IndustryAssociationRule implements Rule {
  static final String BODY = "industry-association/body";
  static final String SECTOR = "industry-association/sector";
  static final String OPEN = "industry-association/open";
  static final String COMMUNITY = "industry-association/community";

  private static final List<Cue> CUES = build();

  private static List<Cue> build() {
    List<Cue> c = new ArrayList<>();
    c.addAll(Cue.of(BODY, 2,
        "association(s)", "society", "societies", "council", "institute", "alliance", "federation", "consortium",
        "guild", "professional organization|organisation|body|bodies", "trade group|body|organization|organisation",
        "industry group(s)|body|network|coalition|forum", "ieee", "acm", "isaca", "issa", "asme", "aiche", "ashrae",
        "asce", "himss", "nsbe", "shpe", "pmi", "shrm", "iiba", "owasp", "aiga", "ama chapter"));
    c.addAll(Cue.of(SECTOR, 1,
        "bioscience*", "biotech*", "life science(s)", "pharma*", "medical device(s)", "medtech", "healthcare",
        "health care", "health it", "energy", "oil and gas", "utilities", "renewable*", "cleantech", "clean tech",
        "cybersecurity", "cyber security", "information security", "infosec", "aerospace", "manufacturing",
        "construction", "real estate", "insurance", "banking", "fintech", "semiconductor*", "automotive", "logistics",
        "supply chain", "hospitality", "agriculture", "agtech", "nonprofit(s)", "legal industry", "mining",
        "telecom*", "defense", "space industry", "software industry", "engineering community", "biomedical",
        "environmental", "water industry", "transportation", "architecture", "marketing industry"));
    c.addAll(Cue.of(OPEN, 1,
        "all|every|any|many|different roles|role|levels|disciplines|functions|backgrounds",
        "members and non members", "non members welcome", "open to [all] industry professionals",
        "open to all|everyone",
        "from across the ~3 industry|industries|companies|sector|state|region",
        "employed and unemployed", "industry professionals", "professionals of all",
        "community of|for ~3 professionals|practitioners", "professional community"));
    c.addAll(Cue.of(COMMUNITY, 1,
        "community", "communities", "network", "networking", "professionals", "industry", "ecosystem",
        "practitioners", "meetup", "mixer", "group"));
    return List.copyOf(c);
  }

  @Override
  public RuleId id() {
    return RuleId.INDUSTRY_ASSOCIATION;
  }

  @Override
  public List<Cue> cues() {
    return CUES;
  }

  @Override
  public Optional<Reason> evaluate(Facts facts) {
    if (!fires(facts)) {
      return Optional.empty();
    }
    List<Hit> shown = new ArrayList<>(facts.affirmed(BODY));
    shown.addAll(facts.affirmed(SECTOR));
    shown.addAll(facts.affirmed(OPEN));
    String evidence = Evidence.quoted(shown);
    String industry = facts.profile().industry();
    if (industry != null && mentions(facts.text(), industry)) {
      return Optional.of(Rules.reason(id(), Effects.GREEN_FLAG + Effects.OWN_INDUSTRY,
          Evidence.join(evidence, "your industry: " + industry.trim())));
    }
    return Optional.of(Rules.reason(id(), Effects.GREEN_FLAG, evidence));
  }

  /** True for a multi-role sector body or community, and never for a referral club. */
  static boolean fires(Facts facts) {
    if (MembersOnlyExchangeRule.looksLikeReferralClub(facts)) {
      return false;
    }
    if (!facts.affirmed(BODY).isEmpty()) {
      return true;
    }
    boolean sector = !facts.affirmed(SECTOR).isEmpty();
    boolean multiRole = facts.distinctRoles() >= JobTitles.MULTI_ROLE;
    boolean community = !facts.affirmed(COMMUNITY).isEmpty();
    return sector && (!facts.affirmed(OPEN).isEmpty() || (multiRole && community));
  }

  private static boolean mentions(ListingText text, String industry) {
    ListingText wanted = ListingText.of(industry);
    List<String> words = new ArrayList<>();
    List<String> plurals = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      if (wanted.isWord(i)) {
        words.add(wanted.token(i));
        plurals.add(wanted.token(i) + "s");
      }
    }
    if (words.isEmpty()) {
      return false;
    }
    for (int i = 0; i + words.size() <= text.size(); i++) {
      boolean all = true;
      for (int k = 0; k < words.size() && all; k++) {
        all = text.is(i + k, words.get(k)) || text.is(i + k, plurals.get(k));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
