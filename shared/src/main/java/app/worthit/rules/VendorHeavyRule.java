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
 * A meeting whose real business is selling to those who come. Strong signs fire alone (exhibitors,
 * booths, vendors, coaching packages, starter kits, "business opportunity"); weak ones (expo,
 * summit, sponsors, resume review, headshots) need a second sign, and a crowd of hundreds counts as
 * one. An entry fee makes it worse.
 */
public final class VendorHeavyRule implements Rule {
  static final String SELLING = "vendor-heavy/selling";
  static final String SHOWY = "vendor-heavy/showy";

  /** Attendance or capacity from which an event counts as a large open event. */
  static final int LARGE_EVENT = 300;
  private static final int THRESHOLD = 2;
  private static final WordSet NOT_A_STAND = WordSet.of("photo", "selfie", "voting");
  private static final WordSet NOT_AN_EVENT = WordSet.of("room", "rooms", "call", "line", "center", "centre");

  private static final List<Cue> CUES = build();

  private static List<Cue> build() {
    List<Cue> c = new ArrayList<>();
    c.addAll(Cue.of(SELLING, 2,
        "exhibitor(s)", "exhibiting companies", "exhibit|exhibition|expo|vendor|sponsor|trade hall(s)|floor",
        "booth(s)", "vendor(s)", "vendor tables", "trade show(s)", "tradeshow(s)",
        "coaching|resume|consulting package*|bundle*", "coaching program(s)|membership(s)",
        "available|ready for|to purchase", "for sale", "on sale", "sold on site|there", "sold onsite",
        "purchase|buy ~3 package*|kit*|program*|course*|session*",
        "special|exclusive|discounted|introductory|limited ~2 price|pricing|offer|discount|deal|rate",
        "starter|business|welcome kit(s)", "distributor*", "business|income|ground|franchise|home opportunit*",
        "ground floor", "opportunity night|meeting|presentation|call|event|evening",
        "six|seven|6|7 figure*", "passive|residual|extra|unlimited income", "be your own boss",
        "financial|time freedom", "work from home opportunit*", "network|multi|multilevel marketing", "multi level marketing",
        "mlm", "direct sales|selling", "franchise opportunit*|ownership|owner(s)|expo|consultant*",
        "sales pitch*", "pitch* from ~2 sponsor*|vendor*", "product demo*|demonstration*", "paid coaching|consultation*",
        "upsell*", "free consultation(s)", "sign up for our|the|a course|program|bootcamp|coaching|package",
        "enroll|enrol in our|the|a course|program|bootcamp|coaching|package"));
    c.addAll(Cue.of(SHOWY, 1,
        "expo(s)", "job|career|hiring|employment|recruitment|franchise|business|trade fair(s)", "summit",
        "conference", "convention", "sponsor(s)|sponsored|sponsorship(s)",
        "career services", "resume review*|writing|makeover*|critique*|service*", "coaching", "certified coach*",
        "headshot(s)", "staffing agenc*|firm*", "vip", "general admission", "early bird", "keynote(s)",
        "makeover", "secrets", "franchise*", "coach(es) will|can review"));
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
    List<Hit> hits = new ArrayList<>(facts.hits().affirmed(SELLING, h -> !isOtherStand(facts, h)));
    hits.addAll(facts.hits().affirmed(SHOWY, h -> !isMeetingRoom(facts, h)));
    int strength = Hits.strength(hits);
    boolean large = facts.size() >= LARGE_EVENT;
    if (large) {
      strength++;
    }
    if (strength < THRESHOLD) {
      return Optional.empty();
    }
    String size = large ? sizeEvidence(facts) : null;
    return Optional.of(EntryFee.worsen(facts, id(), Evidence.join(Evidence.quoted(hits), size)));
  }

  private static boolean isOtherStand(Facts facts, Hit h) {
    return h.wordsStartWith("booth") && facts.text().anyBefore(h.start(), 1, NOT_A_STAND);
  }

  private static boolean isMeetingRoom(Facts facts, Hit h) {
    return h.wordsAre("conference") && facts.text().anyAfter(h.end(), 1, NOT_AN_EVENT);
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
