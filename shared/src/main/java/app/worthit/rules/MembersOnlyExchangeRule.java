package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Hit;
import app.worthit.rules.text.Hits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Guests pay to come but only members may exchange referrals or contacts. Fires on an explicit
 * members-only exchange, a cap on guest visits, a visitor fee or one seat per profession; the
 * referral-club vocabulary (referral chapter, passing referrals, dues) fires only in combination.
 * "Members and non-members welcome" is not this rule. An entry fee makes it worse.
 */
public final class MembersOnlyExchangeRule implements Rule {
  static final String GATED = "members-only-exchange/gated";
  static final String CLUB = "members-only-exchange/club";
  static final String DUES = "members-only-exchange/dues";

  private static final int THRESHOLD = 2;

  private static final List<Cue> CUES = build();

  private static List<Cue> build() {
    List<Cue> c = new ArrayList<>();
    String exchange = "exchange|exchanging|pass|passing|share|sharing|give|giving|trade|trading|swap|swapping"
        + "|refer|network|networking";
    c.addAll(Cue.of(GATED, 2,
        "only|just members|member ~3 " + exchange,
        "members|member only referral*|exchange*|networking|passing|business|contact*|leads",
        "reserved|restricted|limited for|to [paid|paying] members",
        "membership [is] required|needed|necessary ~2 to|for",
        "must be|become ~1 member(s) to|before",
        "guest(s)|visitor(s) ~3 visit|attend|observe|come|join ~3 twice|thrice",
        "guest(s)|visitor(s) ~3 visit|attend|observe|come|join ~3 # times|time|meetings|meeting|visits|sessions",
        "visit|attend|observe ~2 up to # times|meetings|visits|sessions",
        "before applying|joining|becoming ~3 member|members|membership",
        "visitor|visitors|guest|guests fee(s)|charge|charges",
        "guests|visitors pay", "guests|visitors are charged",
        "one|1|single|only ~1 seat*|member|spot*|person|representative|rep|professional|slot*|place|chair per|from|for [each] ~2 profession*|categor*|industry|industries|trade|specialty|specialties|business|classification*|field|vocation*",
        "seat*|category|industry|profession|territory exclusivity",
        "exclusive seat*|category|categories|territory|territories",
        "chapter seat*", "locked seat*", "category lock*",
        "bni", "business network international", "le tip", "letip"));
    c.addAll(Cue.of(CLUB, 1,
        "referral|referrals ~2 club*|chapter*|network*|group|organi*|breakfast|lunch|meeting*|partners",
        exchange + " ~2 referral(s)",
        "business referral(s)", "visitor(s) day(s)", "franchised",
        "receive|recieve|receiving|get|getting|generate|generating ~2 referral(s)",
        "businesses|professions|categories|trades|seats ~2 we are|were looking for",
        "seats|categories|professions|trades|classifications ~2 open|available|remaining|taken"));
    c.addAll(Cue.of(DUES, 1,
        "membership dues|fee(s)|application", "annual dues", "dues", "apply for|to membership", "chapter", "invite ~2 visitors|guests"));
    return List.copyOf(c);
  }

  @Override
  public RuleId id() {
    return RuleId.MEMBERS_ONLY_EXCHANGE;
  }

  @Override
  public List<Cue> cues() {
    return CUES;
  }

  @Override
  public Optional<Reason> evaluate(Facts facts) {
    List<Hit> gated = facts.affirmed(GATED);
    List<Hit> club = facts.affirmed(CLUB);
    List<Hit> all = new ArrayList<>(gated);
    all.addAll(club);
    all.addAll(facts.affirmed(DUES));
    boolean fires = Hits.strength(gated) >= THRESHOLD || (!club.isEmpty() && Hits.strength(all) >= THRESHOLD);
    if (!fires) {
      return Optional.empty();
    }
    return Optional.of(EntryFee.worsen(facts, id(), Evidence.quoted(all)));
  }

  /** True when the listing reads like a referral club, which no industry association is. */
  static boolean looksLikeReferralClub(Facts facts) {
    return !facts.affirmed(CLUB).isEmpty() || Hits.strength(facts.affirmed(GATED)) >= THRESHOLD;
  }
}
