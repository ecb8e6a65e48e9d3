package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Hit;
import app.worthit.rules.text.ListingText;
import app.worthit.rules.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A multi-role association, society or professional community of a sector, holding its own event.
 * Its frame is the organiser or audience: a body named as the host (in the title or group name, as
 * "the X Society's monthly mixer", "members of the X Institute", an annual general meeting), or the
 * professionals of a sector meeting as such ("spa and wellness industry professionals", a sector
 * open to all roles). A body merely mentioned (a partner, a university, a city council) is not it,
 * nor is a referral club's "chapter". Personal: an association of the user's own industry counts a
 * little more.
 */
public final class IndustryAssociationRule implements Rule {
  static final String BODY = "industry-association/body";
  static final String KNOWN_BODY = "industry-association/known-body";
  static final String HOSTING = "industry-association/hosting";
  static final String SECTOR = "industry-association/sector";
  static final String OPEN = "industry-association/open";
  static final String PROFESSIONALS = "industry-association/professionals";
  static final String COMMUNITY = "industry-association/community";

  private static final String BODIES = "association|associations|society|societies|council|institute|alliance|federation|consortium";
  private static final String GATHERINGS = "mixer|mixers|meeting|meetings|breakfast|lunch|luncheon|dinner|dinners|networking"
      + "|event|events|night|evening|agm|conference|forum|social|drinks|gathering|reception|meetup|awards|seminar";

  private static final WordSet GROUP_WORDS = WordSet.of("professionals", "community", "communities", "network",
      "industry", "sector", "practitioners", "leaders", "group", "association", "council", "society", "meetup");

  private static final List<Cue> CUES = build();

  private static List<Cue> build() {
    List<Cue> c = new ArrayList<>();
    c.addAll(Cue.of(BODY, 1,
        "association(s)", "society", "societies", "council", "institute", "alliance", "federation", "consortium",
        "professional organization|organisation|body|bodies", "trade group|body|organization|organisation",
        "industry group(s)|body|network|coalition|forum"));
    c.addAll(Cue.of(KNOWN_BODY, 2,
        "ieee", "acm", "isaca", "issa", "asme", "aiche", "ashrae", "asce", "himss", "nsbe", "shpe", "pmi", "shrm",
        "iiba", "owasp", "aiga", "ama chapter", "cibse", "bima", "cipd", "cima", "rics"));
    c.addAll(Cue.of(HOSTING, 2,
        BODIES + " ~1 " + GATHERINGS,
        GATHERINGS + " of|by [the] ~4 " + BODIES,
        "members of|from [the|our] ~4 " + BODIES, BODIES + " members", "our " + BODIES,
        "chapter|section|branch of [the] ~4 association|society|institute|council|alliance|federation",
        "annual meeting of", "industry led|wide organisation|organization|body|group|network",
        "join [the|our] ~4 " + BODIES, "organised|organized|organising|organizing|run|convened ~1 by [the] ~4 " + BODIES,
        "organising|organizing|host|hosting ~1 " + BODIES,
        "chapter|chapters|section|branch invite|invites|host|hosts|hosting|present|presents|welcome|welcomes",
        "networking organisation|organization|association|body|network for ~6 industry|professionals|professional",
        "professional body|bodies|association|associations|society|institute|membership organisation|organization"));
    c.addAll(Cue.of(SECTOR, 1,
        "bioscience*", "biotech*", "life science(s)", "pharma*", "medical device(s)", "medtech", "healthcare",
        "health care", "health it", "energy", "oil and gas", "utilities", "renewable*", "cleantech", "clean tech",
        "cybersecurity", "cyber security", "information security", "infosec", "aerospace", "manufacturing",
        "construction", "real estate", "insurance", "banking", "fintech", "semiconductor*", "automotive", "logistics",
        "supply chain", "hospitality", "agriculture", "agtech", "nonprofit(s)", "legal industry", "mining",
        "telecom*", "defense", "space industry", "software industry", "engineering community", "biomedical",
        "environmental", "water industry", "transportation", "architecture", "marketing industry", "geospatial",
        "public finance", "wellness industry", "cleaning industry"));
    c.addAll(Cue.of(OPEN, 1,
        "all|every|any|many|different roles|role|levels|disciplines|functions|backgrounds",
        "members and non members", "non members welcome", "open to [all] industry professionals",
        "from across the ~3 industry|industries|companies|sector",
        "employed and unemployed", "professionals of all|any ~2 levels|backgrounds|roles",
        "community of|for ~3 professionals|practitioners", "professional community"));
    c.addAll(Cue.of(PROFESSIONALS, 2,
        "professionals|practitioners|people|peers working|employed in|within|across|from [the] ~5 industry|industries|sector|sectors",
        "professionals|practitioners in|of the ~3 industry|sector",
        "fellow peers in the industry", "peers in the industry"));
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
    Frame sectorBody = frame(facts);
    if (!sectorBody.holds()) {
      return Optional.empty();
    }
    String evidence = Evidence.quoted(sectorBody.evidence());
    String industry = facts.profile().industry();
    if (industry != null && mentions(facts.text(), industry)) {
      return Optional.of(Rules.reason(id(), Effects.GREEN_FLAG + Effects.OWN_INDUSTRY,
          Evidence.join(evidence, "your industry: " + industry.trim())));
    }
    return Optional.of(Rules.reason(id(), Effects.GREEN_FLAG, evidence));
  }

  /** True for a multi-role sector body or community, and never for a referral club. */
  static boolean fires(Facts facts) {
    return frame(facts).holds();
  }

  /** The words that show a sector body or community holding the event, or an absent frame. */
  private static Frame frame(Facts facts) {
    if (MembersOnlyExchangeRule.looksLikeReferralClub(facts)) {
      return Frame.ABSENT;
    }
    List<Hit> shown = new ArrayList<>(facts.affirmed(KNOWN_BODY));
    shown.addAll(facts.affirmed(HOSTING));
    shown.addAll(facts.affirmed(PROFESSIONALS));
    // A body's name says who hosts; who is in it decides: one job title makes a group of rivals.
    if (facts.frames().working().holds() && !oneTitleNamed(facts)) {
      shown.addAll(facts.hits().affirmed(BODY, h -> h.field().isName()));
    }
    // A sector's people are no association where someone sells to them; a named body still is one.
    List<Hit> sector = facts.frames().selling().holds() ? List.of() : facts.affirmed(SECTOR);
    // A sector open to every role, or named as what the group is ("aerospace professionals"), not
    // one topic among a conference's many.
    List<Hit> open = facts.affirmed(OPEN);
    boolean named = sector.stream().anyMatch(h -> h.field().isName() || facts.text().anyAfter(h.end(), 1, GROUP_WORDS));
    if (!sector.isEmpty()) {
      boolean multiRole = named && facts.distinctRoles() >= JobTitles.MULTI_ROLE && !facts.affirmed(COMMUNITY).isEmpty();
      if (!open.isEmpty() || multiRole) {
        shown.addAll(sector);
        shown.addAll(open);
      }
    }
    return new Frame(shown);
  }

  private static boolean oneTitleNamed(Facts facts) {
    String family = null;
    for (Hit t : facts.titles()) {
      if (t.field().isName()) {
        if (family != null && !family.equals(t.cue().tag())) {
          return false;
        }
        family = t.cue().tag();
      }
    }
    return family != null && facts.distinctRoles() < JobTitles.MULTI_ROLE;
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
