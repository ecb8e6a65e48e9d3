package app.worthit.rules;

/**
 * Every stable rule id, as it appears on the wire, with the product's one-line explanation. The ids
 * are public (verdicts, user feedback, moderator corrections): never rename one.
 */
public enum RuleId {
  SUPPORT_GROUP("support-group", true,
      "A room of fellow job seekers offers comfort but few leads, and can drain the energy your search needs."),
  PUBLISHED_LEADS("published-leads", true,
      "The leads passed around here are public postings you can find yourself; nobody hands a hidden opening to a room of rivals."),
  VENDOR_HEAVY("vendor-heavy", true,
      "The real business here looks like selling to the people who come, not connecting them with people who hire."),
  MEMBERS_ONLY_EXCHANGE("members-only-exchange", true,
      "Only paying members may trade contacts or referrals; guests mostly watch, which makes it a sales funnel for the organiser."),
  SAME_FACES("same-faces", true,
      "The same people come every time; meet the ones worth knowing one to one instead of spending an evening saying hello."),
  SINGLE_TITLE("single-title", true,
      "Everyone here chases the same kind of job, so good leads get hoarded and yours can leak to competitors."),
  ONE_TO_ONE("one-to-one", false,
      "Contacts are made person by person, through introductions, coffee chats or matching, which is how real leads travel."),
  FRESH_FACES("fresh-faces", false,
      "Most people are new each time, so every visit widens your network instead of repeating it."),
  INDUSTRY_ASSOCIATION("industry-association", false,
      "A sector association brings together many roles, employed and between jobs, with few people selling anything."),
  HIRING_CONTACTS("hiring-contacts", false,
      "People who hire will be in the room, such as hiring managers, founders or employers presenting."),
  NOT_ENOUGH_INFORMATION("not-enough-information", false,
      "The listing says too little to judge, so the verdict stays neutral rather than guessing."),
  COMMUNITY("community", false,
      "What other job seekers said after going; many votes can move the verdict, a handful cannot."),
  CORRECTION("correction", false,
      "The facts about this group or event were corrected by its organiser or by review."),
  LANGUAGE("language", false,
      "The rules read English text only for now, so words in another language are left unread rather than guessed at.");

  private final String id;
  private final boolean redFlag;
  private final String explanation;

  RuleId(String id, boolean redFlag, String explanation) {
    this.id = id;
    this.redFlag = redFlag;
    this.explanation = explanation;
  }

  /** The stable kebab-case id used on the wire. */
  public String id() {
    return id;
  }

  /** True for the time sinks (red flags), false for the good signs and the neutral reasons. */
  public boolean isRedFlag() {
    return redFlag;
  }

  /** The one-line explanation shown to the user. */
  public String explanation() {
    return explanation;
  }

  /** The rule of a wire id, or null if the id is unknown. */
  public static RuleId fromId(String id) {
    for (RuleId r : values()) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    return null;
  }
}
