package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Field;
import app.worthit.rules.text.Hit;
import app.worthit.rules.text.Hits;
import app.worthit.rules.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A meeting whose real business is selling to those who come: an exhibition floor, a company
 * presenting its own products or programmes to prospective customers, or a pitch for coaching, a
 * course, an "opportunity" or a paid follow-up. Its frame is selling to the attendees, so the words
 * of a big event alone (conference, summit, keynote, sponsors) are not it, and at a job fair the
 * booths are employers recruiting. Text about the group alone does not fire it. An entry fee makes
 * it worse.
 */
public final class VendorHeavyRule implements Rule {
  static final String EXHIBITION = "vendor-heavy/exhibition";
  static final String SELLING = "vendor-heavy/selling";
  static final String HINT = "vendor-heavy/hint";

  /** Attendance or capacity from which an event counts as a large open event. */
  static final int LARGE_EVENT = 300;
  private static final int THRESHOLD = 2;
  private static final WordSet NOT_A_STAND = WordSet.of("photo", "selfie", "voting");

  private static final List<Cue> CUES = build();

  private static List<Cue> build() {
    List<Cue> c = new ArrayList<>();
    c.addAll(Cue.of(EXHIBITION, 2,
        "exhibitor(s)", "exhibiting companies|brands|suppliers", "exhibit|exhibition|expo|vendor|trade hall(s)|floor|space|stand|stands",
        "trade|industry|technology|product exhibition(s)",
        "booth(s)", "vendor|vendors table(s)|booth(s)|stall(s)|hall|floor|area|market|fair", "trade show(s)", "tradeshow(s)",
        "trade stand(s)", "vendors will|are ~2 on|there|present|selling|exhibiting|showcasing|stands|booths|tables|stalls",
        "vendor|vendors|sponsor|sponsors|supplier|suppliers pitch|pitches|pitching|demos|showcase|showcases",
        "supplier|suppliers|exhibitor|exhibitors|vendor|vendors|sponsor|sponsors|brand|brands stand(s)|table(s)|booth(s)|stall(s)",
        "from|showcasing|showcase ~3 leading|top|latest suppliers|manufacturers|vendors|brands|providers",
        "see|try|test|sample ~2 the|their|our|latest products|solutions|innovations"));
    c.addAll(Cue.of(SELLING, 2,
        "coaching|resume|consulting|career package*|bundle*", "coaching program(s)|membership(s)",
        "available|ready for|to purchase", "for sale", "on sale", "sold on site|there", "sold onsite",
        "purchase|buy ~3 package*|kit*|program*|course*|session*",
        "special|exclusive|discounted|introductory|limited ~2 price|pricing|discount|deal|rate ~4 sign|signing|enrol|enroll|join|purchase|buy|book",
        "discount(s)|offer for|to attendees|participants|everyone ~3 sign|signing|enrol|enroll|join|purchase|buy|book|who",
        "discounts|incentives|incentive|rebates ~2 for|and ~3 program*|adoption*|customers|purchase*|upgrade*",
        "starter|business|welcome kit(s)", "become|becoming a|an distributor|consultant|ambassador|affiliate|reseller",
        "income|franchise|home based|homebased opportunit*", "ground floor opportunit*",
        "opportunity night|meeting|presentation|call|evening",
        "six|seven|6|7 figure*", "passive|residual|extra|unlimited income", "be your own boss",
        "financial|time freedom", "work from home opportunit*", "network|multi|multilevel marketing", "multi level marketing",
        "mlm", "direct sales|selling", "franchise opportunit*|ownership|expo|consultant*",
        "ways of|to earning|earn", "make|making money", "mining pool(s)",
        "pitch* from ~2 sponsor*|vendor*", "product|products|technical demo*|demonstration*", "product launch*",
        "will be launched", "launching our|a|the new",
        "paid coaching|consultation*|programme*|program*|course*|membership*|mastermind*", "consultation|coaching|session fee(s)",
        "book|arrange|schedule ~3 appointment|consultation", "counselling|counseling|consultation|coaching session(s)",
        "upsell*", "free consultation(s)", "free trial(s)",
        "sign up for our|the|a course|program|programme|bootcamp|coaching|package|membership",
        "enroll|enrol in our|the|a course|program|programme|bootcamp|coaching|package",
        "customer forum|day|days|summit|conference|event",
        "roadmap update|preview|session", "company and roadmap",
        "admissions team|officer|officers|advisor|advisors|counselor|counselors|office|staff",
        "meet|meeting with admissions", "course|program|programme|enrolment|enrollment advisor(s)",
        "program|programme|course|degree options", "application process",
        "how ~3 can help you|your|businesses",
        "further|advanced|next ~2 training|course|session|workshop ~6 only ~3 those|attendees|people",
        "follow up ~2 training|course|session|workshop ~6 only ~3 those|attendees|people",
        "at the end ~4 offer|pitch|programme|program|package|course"));
    c.addAll(Cue.of(HINT, 1,
        "vendor(s)", "career services", "resume review*|writing|makeover*|critique*|service*", "coaching", "certified coach*",
        "headshot(s)", "staffing agenc*|firm*", "makeover", "secret(s)", "secret #", "franchise*",
        "coach(es) will|can review", "masterclass", "master class", "special offer", "millionaire(s)", "wealth",
        "investor|investment opportunit*", "trading strateg*", "forex", "exhibition(s)",
        "our|my ~2 product|products|service|services|solution|solutions|platform|software|offering|offerings|courses|programmes|programs"));
    return List.copyOf(c);
  }

  @Override
  public RuleId id() {
    return RuleId.VENDOR_HEAVY;
  }

  @Override
  public List<Cue> cues() {
    return CUES;
  }

  @Override
  public Optional<Reason> evaluate(Facts facts) {
    Frame selling = facts.frames().selling();
    if (!selling.holds()) {
      return Optional.empty();
    }
    String size = large(facts) ? sizeEvidence(facts) : null;
    return Optional.of(EntryFee.worsen(facts, id(), Evidence.join(Evidence.quoted(selling.evidence()), size)));
  }

  /** The words that show selling to the attendees, or an absent frame (ask {@link Frames#selling}). */
  static Frame selling(Facts facts) {
    // At a job fair the booths and exhibitors are employers recruiting, not sellers.
    boolean fair = !facts.affirmed(Activity.HIRING_EVENT).isEmpty();
    List<Hit> hits = new ArrayList<>();
    if (!fair) {
      hits.addAll(facts.hits().affirmed(EXHIBITION, h -> aboutTheEvent(h) && !isOtherStand(facts, h)));
    }
    hits.addAll(facts.hits().affirmed(SELLING, VendorHeavyRule::aboutTheEvent));
    hits.addAll(facts.hits().affirmed(HINT, VendorHeavyRule::aboutTheEvent));
    int strength = Hits.strength(hits) + (large(facts) ? 1 : 0);
    return strength < THRESHOLD ? Frame.ABSENT : new Frame(hits);
  }

  /** A crowd of hundreds counts as one sign, beside a hint of selling. */
  private static boolean large(Facts facts) {
    return facts.size() >= LARGE_EVENT && !facts.hits().affirmed(HINT, VendorHeavyRule::aboutTheEvent).isEmpty();
  }

  private static boolean aboutTheEvent(Hit h) {
    return h.field() != Field.GROUP_DESCRIPTION;
  }

  private static boolean isOtherStand(Facts facts, Hit h) {
    return h.wordsStartWith("booth") && facts.text().anyBefore(h.start(), 1, NOT_A_STAND);
  }

  private static String sizeEvidence(Facts facts) {
    Integer capacity = facts.listing().capacity();
    Integer count = facts.listing().attendeeCount();
    if (capacity != null && capacity >= LARGE_EVENT) {
      return "capacity " + capacity;
    }
    return "attendance " + count;
  }
}
