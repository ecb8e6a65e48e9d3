package app.worthit.rules;

import app.worthit.model.Reason;
import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Field;
import app.worthit.rules.text.Hit;
import app.worthit.rules.text.ListingText;
import app.worthit.rules.text.WordSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A group for one job title, met to network, trade leads or compare notes: everyone there competes
 * for the same jobs. Not a technology user group with talks, not a multi-role association or
 * audience. Personal: fires when the title is the user's target title or the user set none; a
 * different target means these are not the user's rivals, so it does not fire.
 */
public final class SingleTitleRule implements Rule {
  static final String PEER = "single-title/peer";
  static final String TECH = "single-title/tech";
  static final String USER_GROUP = "single-title/user-group";
  static final String MULTI = "single-title/multi";

  private static final WordSet AUDIENCE_MARKS = WordSet.of("for", "only", "exclusively", "just", "solely",
      "strictly", "to", "among", "between");
  private static final WordSet ONLY = WordSet.of("only");
  private static final WordSet FROM = WordSet.of("from");
  private static final WordSet NOT_AUDIENCE = WordSet.of("meet", "ask", "with", "from", "hire", "hiring", "by",
      "about", "become", "becoming", "aspiring", "future");

  private static final List<Cue> CUES = build();

  private static List<Cue> build() {
    List<Cue> c = new ArrayList<>();
    c.addAll(Cue.of(PEER, 1,
        "roundtable(s)", "round table(s)", "networking", "network", "happy hour", "mixer", "circle", "peer(s)",
        "forum", "talk shop", "compare|swap|share|trade|exchange|sharing|trading|swapping notes|leads|tips|stories",
        "job market", "job search", "jobs", "career(s)", "breakfast", "lunch", "dinner", "drinks", "club",
        "collective", "social", "meetup", "meet up", "coffee", "gathering", "get together", "connect", "only",
        "exclusively", "mastermind", "huddle"));
    c.addAll(Cue.of(TECH, 1,
        "python", "java", "javascript", "typescript", "react", "angular", "vue", "node", "nodejs", "kubernetes",
        "docker", "aws", "azure", "gcp", "cloud", "devops", "rust", "golang", "ruby", "rails", "php", "dotnet",
        "sql", "postgres", "data engineering", "machine learning", "ml", "ai", "llm(s)", "android", "ios", "swift",
        "kotlin", "scala", "elixir", "haskell", "linux", "terraform", "salesforce", "sap", "selenium", "cypress",
        "playwright", "figma", "unity", "blockchain", "emberjs", "ember", "iot", "ux", "mobile", "web", "game dev*", "tableau", "power bi", "spark", "kafka", "graphql",
        "test automation", "open source"));
    c.addAll(Cue.of(USER_GROUP, 1, "user|users group(s)", "usergroup(s)"));
    c.addAll(Cue.of(MULTI, 1,
        "all|every|any|many|different|mixed roles|role|functions|disciplines|titles|job",
        "cross functional", "regardless of role|title", "and anyone", "everyone welcome", "all welcome",
        "curious minds", "enthusiasts", "anyone interested|curious", "general public", "whether you are|youre"));
    return List.copyOf(c);
  }

  @Override
  public RuleId id() {
    return RuleId.SINGLE_TITLE;
  }

  @Override
  public List<Cue> cues() {
    return CUES;
  }

  @Override
  public Optional<Reason> evaluate(Facts facts) {
    Hit title = audienceTitle(facts);
    // A talk is the point of a meetup with speakers, not trading leads among rivals.
    if (title == null || isTechUserGroup(facts) || facts.frames().talks() || facts.affirmed(PEER).isEmpty()
        || !facts.affirmed(MULTI).isEmpty() || facts.distinctRoles() >= JobTitles.MULTI_ROLE
        || IndustryAssociationRule.fires(facts)) {
      return Optional.empty();
    }
    String target = facts.profile().targetTitle();
    boolean noTarget = target == null || target.isBlank();
    if (!noTarget && !sameFamily(JobTitles.family(title), target)) {
      return Optional.empty();
    }
    String where = title.field().isName() ? " in the name" : " in the audience";
    String evidence = "\"" + title.words() + "\"" + where
        + (noTarget ? "; no target title set" : "; your target title: " + target.trim());
    return Optional.of(Rules.reason(id(), Effects.RED_FLAG, evidence));
  }

  /** The one title the group is for, from its name or an audience phrase, or null if none or several. */
  private static Hit audienceTitle(Facts facts) {
    List<Hit> inName = new ArrayList<>();
    List<Hit> inAudience = new ArrayList<>();
    ListingText text = facts.text();
    for (Hit h : facts.titles()) {
      if (text.anyBefore(h.start(), 2, NOT_AUDIENCE) || text.anyAfter(h.end(), 1, NOT_AUDIENCE)
          || text.anyBefore(h.start(), 3, FROM)) {
        continue;
      }
      if (h.field().isName()) {
        inName.add(h);
      } else if (text.anyBefore(h.start(), 3, AUDIENCE_MARKS) || text.anyAfter(h.end(), 1, ONLY)) {
        inAudience.add(h);
      }
    }
    if (inName.isEmpty() && inAudience.isEmpty()) {
      for (Hit h : JobTitles.unlistedTitles(facts)) {
        if (!text.anyBefore(h.start(), 2, NOT_AUDIENCE) && !text.anyAfter(h.end(), 1, NOT_AUDIENCE)) {
          inName.add(h);
        }
      }
    }
    List<Hit> chosen = inName.isEmpty() ? inAudience : inName;
    // A title's tag names its family.
    Set<String> families = new LinkedHashSet<>();
    for (Hit h : chosen) {
      families.add(h.cue().tag());
    }
    return families.size() == 1 ? chosen.get(0) : null;
  }

  private static boolean isTechUserGroup(Facts facts) {
    return !facts.affirmed(USER_GROUP).isEmpty() || !facts.hits().affirmed(TECH, h -> h.field().isName()).isEmpty()
        || (!facts.affirmed(TECH).isEmpty() && facts.frames().talks());
  }

  private static boolean sameFamily(String family, String target) {
    if (family.equals(JobTitles.unlistedFamily(target))) {
      return true;
    }
    ListingText targetText = ListingText.of(target);
    for (Hit h : JobTitles.titles(targetText, Rules.LEXICON.scan(targetText))) {
      if (family.equals(JobTitles.family(h))) {
        return true;
      }
    }
    return false;
  }
}
