package app.worthit.rules;

import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Field;
import app.worthit.rules.text.Hit;
import app.worthit.rules.text.Hits;
import app.worthit.rules.text.ListingText;
import app.worthit.rules.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Job titles grouped into families of people who compete for the same jobs ("CIOs" and "IT
 * directors"; "QA engineers" and "testers"), and generic role words used to tell a multi-role
 * audience from a single-title one.
 */
final class JobTitles {
  /** Tag prefix of title cues; the rest of the tag is the family. */
  static final String TITLE = "title/";
  static final String ROLE = "role";
  /** Tag of plural title nouns ("supply chain managers") for titles the families do not list. */
  static final String TITLE_NOUN = "title-noun";
  /** A leader's word that heads a title: "Head of Sales", "VP, Sales" ({@link #leadersOfAFunction}). */
  static final String LEADER_HEAD = "title-leader-head";
  private static final String DYNAMIC = "dyn:";
  private static final Set<String> NOT_A_SPECIALTY = Set.of("hiring", "the", "for", "of", "and", "young", "women",
      "womens", "senior", "junior", "aspiring", "new", "future", "local", "tech", "all", "our", "black", "latino",
      "latina", "latinx", "female", "fellow", "emerging", "experienced", "freelance", "independent", "retired",
      "veteran", "student", "top", "great", "meet", "with", "a", "an", "in", "at", "to", "from", "by");
  /** Distinct roles from which an audience counts as multi-role. */
  static final int MULTI_ROLE = 3;

  /**
   * Functions and the words that name them. A title is a function, a seniority and a role noun, in
   * either order ("backend engineers", "head of sales", "sales VPs"); its family is the function
   * plus the role's band (leaders, managers, or the people doing the work), so the ways of writing
   * one job compare as rivals and different jobs of one function do not.
   */
  private static final String[][] FUNCTIONS = {
      {"engineering", "software", "backend", "frontend", "fullstack", "front end", "back end", "full stack", "web",
          "mobile", "ios", "android", "embedded", "game", "engineering", "eng", "platform", "cloud"},
      {"it", "it", "information technology"},
      {"product", "product"},
      {"design", "ux", "ui", "graphic", "visual", "interaction", "design"},
      {"data", "data", "analytics"},
      {"ml", "ml", "ai", "machine learning"},
      {"devops", "devops", "site reliability", "infrastructure"},
      {"security", "security", "cybersecurity", "infosec", "information security", "soc"},
      {"qa", "qa", "test", "test automation", "quality assurance", "quality"},
      {"marketing", "marketing", "growth", "brand", "digital marketing"},
      {"sales", "sales", "business development", "account"},
      {"finance", "finance", "financial"},
      {"hr", "hr", "human resources", "people ops", "people operations"},
      {"recruiting", "talent", "talent acquisition", "recruiting", "recruitment"},
      {"operations", "operations", "ops"},
      {"legal", "legal"},
      {"program", "program", "programme", "project"},
      {"customer", "customer success", "customer support", "support"},
  };

  /** Role nouns by band; the people-doing-the-work band splits where one function holds different jobs. */
  private static final String LEADER_NOUNS = "leader(s)|executive(s)|director(s)|head(s)|vp(s)|vps|chief(s)";
  private static final String LEADER_WORDS = "head(s)|vp(s)|vps|director(s)|chief(s)|svp(s)|evp(s)";
  private static final String MANAGER_NOUNS = "manager(s)|mgr(s)|management";
  private static final String[][] WORK_NOUNS = {
      {"", "engineer(s)|developer(s)|dev(s)|programmer(s)|coder(s)|architect(s)|lead(s)|specialist(s)|professional(s)|practitioner(s)|expert(s)|rep(s)|representative(s)|partner(s)|generalist(s)|tester(s)|officer(s)|consultant(s)|associate(s)|coordinator(s)|strategist(s)"},
      {"-analyst", "analyst(s)"},
      {"-scientist", "scientist(s)"},
      {"-researcher", "researcher(s)"},
      {"-writer", "writer(s)"},
  };

  private static final String ALL_WORK_NOUNS = allWorkNouns();
  private static final String IT_WORK_NOUNS = "professional(s)|specialist(s)|technician(s)|consultant(s)|engineer(s)"
      + "|administrator(s)|architect(s)|analyst(s)|staff|pros";

  private static String allWorkNouns() {
    StringBuilder b = new StringBuilder();
    for (String[] work : WORK_NOUNS) {
      b.append(b.length() == 0 ? "" : "|").append(work[1]);
    }
    return b.toString();
  }

  /** Titles written as one word or an acronym, and role nouns that name their function themselves. */
  private static final String[][] FAMILIES = {
      {"it-leader", "cio(s)", "chief information officer(s)", "cto(s)", "chief technology officer(s)",
          "directors of it", "director of it", "it executive(s)"},
      {"ceo", "ceo(s)", "chief executive(s)", "chief executive officer(s)"},
      {"finance-leader", "cfo(s)", "chief financial officer(s)", "controller(s)"},
      {"marketing-leader", "cmo(s)", "chief marketing officer(s)"},
      {"security-leader", "ciso(s)", "chief information security officer(s)"},
      {"security", "pentester(s)", "penetration tester(s)"},
      {"hr-leader", "chro(s)", "chief people officer(s)"},
      {"operations-leader", "coo(s)", "chief operating officer(s)"},
      {"product-manager", "pm(s)", "pms", "product owner(s)"},
      {"project-manager", "pmp(s)", "project management professional(s)"},
      {"qa", "sdet(s)", "tester(s)"},
      {"recruiting", "recruiter(s)", "sourcer(s)", "talent partner(s)", "talent acquisition"},
      {"engineering", "swe(s)", "sde(s)", "developer(s)", "devs", "programmer(s)", "coder(s)"},
      {"data-scientist", "data scientist(s)"},
      {"devops", "sre(s)"},
      {"design-designer", "designer(s)"},
      {"marketing", "marketer(s)"},
      {"scrum", "scrum master(s)", "agile coach(es)"},
      {"business-analyst", "business analyst(s)"},
      {"accountant", "accountant(s)", "cpa(s)", "bookkeeper(s)"},
      {"legal", "lawyer(s)", "attorney(s)"},
      {"paralegal", "paralegal(s)"},
      {"nurse", "nurse(s)", "rn(s)", "nurse practitioner(s)"},
      {"physician", "physician(s)", "doctor(s)"},
      {"pharmacist", "pharmacist(s)"},
      {"teacher", "teacher(s)", "educator(s)"},
      {"sales", "account executive(s)", "salespeople", "sdr(s)", "bdr(s)"},
      {"assistant", "executive|administrative assistant(s)"},
      {"technical-writer", "technical writer(s)"},
      {"architect", "architect(s)"},
      {"social-worker", "social worker(s)"},
      {"mechanical-engineer", "mechanical engineer(s)"},
      {"electrical-engineer", "electrical engineer(s)"},
      {"civil-engineer", "civil engineer(s)"},
      {"copywriter", "copywriter(s)"},
  };

  private static final List<Cue> CUES = build();

  private JobTitles() {}

  private static List<Cue> build() {
    List<Cue> c = new ArrayList<>();
    for (String[] function : FUNCTIONS) {
      String f = function[0];
      for (String w : functionWords(function)) {
        c.add(new Cue(TITLE + f + "-leader", 1, w + " " + LEADER_NOUNS));
        c.add(new Cue(TITLE + f + "-manager", 1, w + " " + MANAGER_NOUNS));
        if (f.equals("data")) {
          // Data scientists, analysts and engineers do different jobs; elsewhere the noun varies, the job not.
          for (String[] work : WORK_NOUNS) {
            c.add(new Cue(TITLE + f + work[0], 1, w + " " + work[1]));
          }
        } else if (f.equals("it")) {
          // "it leads to", "it partners with": the pronoun takes only nouns no verb shares.
          c.add(new Cue(TITLE + f, 1, w + " " + IT_WORK_NOUNS));
        } else {
          c.add(new Cue(TITLE + f, 1, w + " " + ALL_WORK_NOUNS));
        }
        // A designer's job is design, whatever it designs.
        c.add(new Cue(TITLE + "design-designer", 1, w + " designer(s)"));
      }
    }
    for (String[] family : FAMILIES) {
      for (int i = 1; i < family.length; i++) {
        c.add(new Cue(TITLE + family[0], 1, family[i]));
      }
    }
    c.addAll(Cue.of(LEADER_HEAD, 1, LEADER_WORDS));
    c.addAll(Cue.of(TITLE_NOUN, 1, "managers", "directors", "officers", "analysts", "specialists", "coordinators",
        "administrators", "assistants", "technicians", "scientists", "planners", "buyers", "estimators", "auditors",
        "underwriters", "therapists", "hygienists", "supervisors", "strategists", "writers", "engineers"));
    c.addAll(Cue.of(ROLE, 1,
        "executive(s)", "scientist(s)", "engineer(s)", "investor(s)", "marketer(s)", "designer(s)", "researcher(s)",
        "developer(s)", "founder(s)", "analyst(s)", "recruiter(s)", "salespeople", "sales", "regulatory", "quality",
        "student(s)", "academic(s)", "clinician(s)", "physician(s)", "nurse(s)", "administrator(s)",
        "consultant(s)", "entrepreneur(s)", "operator(s)", "technician(s)", "manager(s)", "attorney(s)",
        "lawyer(s)", "accountant(s)", "product", "marketing", "finance", "operations", "policymaker(s)",
        "educator(s)", "writer(s)", "artist(s)", "engineering", "design", "hr", "legal"));
    return List.copyOf(c);
  }

  /** A function's one-word names as one alternation, and each longer name on its own. */
  private static List<String> functionWords(String[] function) {
    List<String> out = new ArrayList<>();
    StringBuilder single = new StringBuilder();
    for (int i = 1; i < function.length; i++) {
      if (function[i].indexOf(' ') >= 0) {
        out.add(function[i]);
      } else {
        single.append(single.length() == 0 ? "" : "|").append(function[i]);
      }
    }
    if (single.length() > 0) {
      out.add(0, single.toString());
    }
    return out;
  }

  /** The title and role cues, for the shared lexicon. */
  static List<Cue> cues() {
    return CUES;
  }

  /** The family of a title hit, or null if the hit is not a title. */
  static String family(Hit hit) {
    String tag = hit.cue().tag();
    return tag.startsWith(TITLE) ? tag.substring(TITLE.length()) : null;
  }

  /** Every title hit in the listing, in text order, excluding "6 pm" and similar (ask {@link Facts#titles}). */
  static List<Hit> titles(Facts facts) {
    return titles(facts.text(), facts.hits());
  }

  /** Every job title in a text, from its cue matches: the listing's, or a target title's. */
  static List<Hit> titles(ListingText text, Hits hits) {
    List<Hit> out = new ArrayList<>();
    List<Hit> found = hits.affirmedByPrefix(TITLE);
    List<Hit> commas = leadersOfAFunction(text, hits);
    if (!commas.isEmpty()) {
      found = new ArrayList<>(found);
      found.addAll(commas);
      found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    }
    for (Hit h : outermost(found)) {
      if (h.wordsStartWith("pm") && h.start() > 0 && text.isWord(h.start() - 1)
          && Tokenizer.isNumber(text.token(h.start() - 1))) {
        continue;
      }
      out.add(h);
    }
    return out;
  }

  /**
   * A leader's word, then "of", "the" or a comma, then a function ("Head of Sales", "VP, Sales",
   * "Director of Product"): read here rather than as phrases, since every "director" in a text
   * would otherwise try one phrase per function, and no phrase crosses a comma.
   */
  private static List<Hit> leadersOfAFunction(ListingText text, Hits hits) {
    List<Hit> out = new ArrayList<>();
    for (Hit head : hits.affirmed(LEADER_HEAD)) {
      int at = head.end();
      for (int skipped = 0; skipped < 3 && at < text.size() && text.field(at) == head.field()
          && (text.is(at, "of") || text.is(at, "the") || Tokenizer.COMMA.equals(text.token(at))); skipped++) {
        at++;
      }
      String[] function = functionAt(text, at, head.field());
      if (function != null) {
        String family = function[0] + "-leader";
        out.add(new Hit(new Cue(TITLE + family, 1, family), head.start(), at + function.length - 1,
            head.words() + " " + String.join(" ", Arrays.copyOfRange(function, 1, function.length)),
            head.field(), false));
      }
    }
    return out;
  }

  /** The function named at token i, as its id followed by its words, or null. */
  private static String[] functionAt(ListingText text, int i, Field field) {
    for (String[] name : FUNCTION_NAMES) {
      boolean all = i + name.length - 1 <= text.size();
      for (int k = 1; k < name.length && all; k++) {
        all = text.field(i + k - 1) == field && text.is(i + k - 1, name[k]);
      }
      if (all) {
        return name;
      }
    }
    return null;
  }

  /** Every function's names, longer first, each as the function's id followed by the name's words. */
  private static final List<String[]> FUNCTION_NAMES = functionNames();

  private static List<String[]> functionNames() {
    List<String[]> out = new ArrayList<>();
    for (String[] function : FUNCTIONS) {
      for (int i = 1; i < function.length; i++) {
        String[] words = function[i].split(" ");
        String[] name = new String[words.length + 1];
        name[0] = function[0];
        System.arraycopy(words, 0, name, 1, words.length);
        out.add(name);
      }
    }
    out.sort((x, y) -> Integer.compare(y.length, x.length));
    return out;
  }

  /**
   * Hits sorted by start, longer first ({@link app.worthit.rules.text.Hits#affirmedByPrefix}), less
   * those a longer title covers ("designers" within "product designers"): one pass, as cue-dense text
   * holds thousands.
   */
  private static List<Hit> outermost(List<Hit> sorted) {
    List<Hit> out = new ArrayList<>(sorted.size());
    int maxEndBefore = -1;
    int maxEndSameStart = -1;
    int start = -1;
    for (Hit h : sorted) {
      if (h.start() != start) {
        maxEndBefore = Math.max(maxEndBefore, maxEndSameStart);
        maxEndSameStart = -1;
        start = h.start();
      }
      if (maxEndBefore < h.end() && maxEndSameStart <= h.end()) {
        out.add(h);
      }
      maxEndSameStart = Math.max(maxEndSameStart, h.end());
    }
    return out;
  }

  /** The words of the listing's titles, read from one hit of each cue (a long text repeats them). */
  private static Set<String> titleWords(List<Hit> titles) {
    Set<String> words = new LinkedHashSet<>();
    Set<Cue> seen = new HashSet<>();
    for (Hit t : titles) {
      if (seen.add(t.cue())) {
        for (String w : t.words().split(" ")) {
          words.add(w);
        }
      }
    }
    return words;
  }

  private static boolean startsAny(Set<String> words, String prefix) {
    for (String w : words) {
      if (w.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Titles the families do not list, read from the naming fields as a specialty word before a plural
   * title noun ("Supply Chain Managers" gives "chain manager"), only where no listed title is named.
   */
  static List<Hit> unlistedTitles(Facts facts) {
    List<Hit> out = new ArrayList<>();
    for (Hit noun : facts.affirmed(TITLE_NOUN)) {
      int before = noun.start() - 1;
      if (!noun.field().isName() || before < 0 || !facts.text().isWord(before)
          || facts.text().field(before) != noun.field()) {
        continue;
      }
      String specialty = facts.text().token(before);
      if (NOT_A_SPECIALTY.contains(specialty) || Tokenizer.isNumber(specialty)) {
        continue;
      }
      String family = DYNAMIC + specialty + " " + singular(noun.words());
      out.add(new Hit(new Cue(TITLE + family, 1, family), before, noun.end(), specialty + " " + noun.words(),
          noun.field(), false));
    }
    return out;
  }

  /** The unlisted-title family of a target title such as "Supply Chain Manager", or null. */
  static String unlistedFamily(String targetTitle) {
    List<String> words = new ArrayList<>();
    Tokenizer.tokenize(targetTitle, words);
    for (int i = words.size() - 1; i > 0; i--) {
      String w = words.get(i);
      String plural = w.endsWith("s") ? w : w + "s";
      if (TITLE_NOUNS.contains(plural)) {
        return DYNAMIC + words.get(i - 1) + " " + singular(plural);
      }
    }
    return null;
  }

  private static final Set<String> TITLE_NOUNS = Set.of("managers", "directors", "officers", "analysts",
      "specialists", "coordinators", "administrators", "assistants", "technicians", "scientists", "planners", "buyers",
      "estimators", "auditors", "underwriters", "therapists", "hygienists", "supervisors", "strategists", "writers",
      "engineers");

  private static String singular(String word) {
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  /** How many distinct title families and other role words the listing names (ask {@link Facts#distinctRoles}). */
  static int distinctRoles(Facts facts) {
    Set<String> roles = new LinkedHashSet<>();
    Spans titleSpans = new Spans();
    for (Hit t : facts.titles()) {
      roles.add(t.cue().tag());
      titleSpans.add(t.start(), t.end());
    }
    Set<String> titleWords = titleWords(facts.titles());
    for (Hit r : facts.affirmed(ROLE)) {
      // "product design" beside "product designers" names the title's own function, not more roles.
      if (!titleSpans.overlaps(r.start(), r.end()) && !startsAny(titleWords, r.words())) {
        String w = r.words();
        roles.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
      }
    }
    return roles.size();
  }
}
