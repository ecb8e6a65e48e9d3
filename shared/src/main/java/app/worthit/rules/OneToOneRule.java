package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Hit;
import app.worthit.rules.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Networking person by person: coffee chats, one-on-ones, warm introductions, mentor matching.
 * Coffee or a small group alone is not this rule, nor is a paid one-on-one coaching session (that is
 * selling).
 */
public final class OneToOneRule implements Rule {
  static final String PERSONAL = "one-to-one/personal";

  private static final int SELLING_DISTANCE = 4;
  private static final WordSet SELLING = WordSet.of("coach", "coaches", "coaching", "consultation",
      "consultations", "consult", "package", "packages", "purchase", "paid", "buy", "counselling", "counseling",
      "therapy", "fee", "book", "appointment", "admissions");

  private static final List<Cue> CUES = build();

  private static List<Cue> build() {
    List<Cue> c = new ArrayList<>();
    c.addAll(Cue.of(PERSONAL, 2,
        "coffee chat(s)|meeting(s)|date(s)|intro(s)|introduction(s)|meetup(s)|conversation(s)",
        "one|1 on|to one|1", "oneonone(s)", "one on ones", "person to person",
        "warm|personal|personalized|personalised|curated|targeted|direct|private|individual|double ~2 intro(s)|introduction(s)|referral(s)",
        "introduce|introduces|introducing ~2 you|members|attendees|people|seekers|participants|everyone|founders|candidates ~1 to [the|key|potential|relevant|right|other|fellow|local] people|someone|others|one|each|them|him|her|contacts|members|employers|founders|mentors|investors|leaders|experts|professionals|hiring|recruiters|managers|companies|decision",
        "get|be|getting|being introduced ~1 to", "make|making|facilitate|facilitates|facilitated|arrange|arranges|broker ~2 intro(s)|introduction(s)",
        "intro(s)|introduction(s) to ~3 company|companies|employer*|hiring|insider*|someone|people|contacts|decision|leaders|managers|your",
        "mentor|mentors|mentee|mentorship|buddy|peer matching|match|matches|pairing|pairings",
        "matched|paired ~2 with", "match|pair you ~1 with", "we match|pair",
        "intro|introduction circle|round(s)|exchange", "informational interview(s)",
        "referral(s) from ~3 know", "ask ~2 everyone you know", "small group introductions",
        "mentoring|mentorship networking|circle(s)|session(s)|match|matching",
        "introduce ourselves|themselves|yourselves|yourself|each other", "help each|one other|another ~2 contacts|introductions"));
    return List.copyOf(c);
  }

  @Override
  public RuleId id() {
    return RuleId.ONE_TO_ONE;
  }

  @Override
  public List<Cue> cues() {
    return CUES;
  }

  @Override
  public Optional<Reason> evaluate(Facts facts) {
    List<Hit> hits = facts.hits().affirmed(PERSONAL, h -> !isSold(facts, h));
    // Referrals in a referral club are its members-only exchange, not introductions.
    if (hits.isEmpty() || !facts.frames().working().holds() || MembersOnlyExchangeRule.looksLikeReferralClub(facts)) {
      return Optional.empty();
    }
    return Optional.of(Rules.reason(id(), Effects.GREEN_FLAG, Evidence.quoted(hits)));
  }

  private static boolean isSold(Facts facts, Hit h) {
    return facts.text().anyBefore(h.start(), SELLING_DISTANCE, SELLING)
        || facts.text().anyAfter(h.end(), SELLING_DISTANCE, SELLING);
  }
}
