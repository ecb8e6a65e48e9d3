package app.worthit.rules;

import app.worthit.rules.text.Cue;
import app.worthit.rules.text.Hit;
import app.worthit.rules.text.Tokenizer;
import java.util.ArrayList;
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
  private static final String DYNAMIC = "dyn:";
  private static final Set<String> NOT_A_SPECIALTY = Set.of("hiring", "the", "for", "of", "and", "young", "women",
      "womens", "senior", "junior", "aspiring", "new", "future", "local", "tech", "all", "our", "black", "latino",
      "latina", "latinx", "female", "fellow", "emerging", "experienced", "freelance", "independent", "retired",
      "veteran", "student", "top", "great", "meet", "with", "a", "an", "in", "at", "to", "from", "by");
  /** Distinct roles from which an audience counts as multi-role. */
  static final int MULTI_ROLE = 3;

  private static final String[][] FAMILIES = {
      {"it-executive", "cio(s)", "chief information officer(s)", "cto(s)", "chief technology officer(s)",
          "it director(s)", "directors of it", "director of it", "it executive(s)", "it leader(s)", "vp(s) of it",
          "it manager(s)", "technology executive(s)"},
      {"ceo", "ceo(s)", "chief executive(s)", "chief executive officer(s)"},
      {"cfo", "cfo(s)", "chief financial officer(s)", "finance director(s)", "controller(s)"},
      {"marketer", "cmo(s)", "marketer(s)", "marketing manager(s)", "marketing director(s)", "marketing leader(s)",
          "marketing professional(s)"},
      {"security", "ciso(s)", "security analyst(s)", "security engineer(s)", "soc analyst(s)", "pentester(s)",
          "penetration tester(s)"},
      {"hr", "chro(s)", "hr manager(s)", "hr director(s)", "hr professional(s)", "hr leader(s)", "hr business partner(s)",
          "hr generalist(s)", "human resources professional(s)|manager(s)|director(s)|leader(s)"},
      {"product-manager", "product manager(s)", "product management", "product owner(s)", "pm(s)"},
      {"project-manager", "project manager(s)", "project management professional(s)", "pmp(s)"},
      {"program-manager", "program|programme manager(s)"},
      {"engineering-manager", "engineering|eng manager(s)"},
      {"qa", "qa", "qa engineer(s)|analyst(s)|tester(s)|professional(s)|lead(s)", "tester(s)", "test engineer(s)",
          "quality assurance", "sdet(s)", "test automation engineer(s)"},
      {"recruiter", "recruiter(s)", "talent acquisition", "sourcer(s)"},
      {"software-engineer", "software engineer(s)|developer(s)", "developer(s)", "programmer(s)", "coder(s)",
          "web developer(s)", "frontend|backend|fullstack developer(s)|engineer(s)",
          "front|back end developer(s)|engineer(s)", "full stack developer(s)|engineer(s)"},
      {"data-scientist", "data scientist(s)"},
      {"data-analyst", "data analyst(s)"},
      {"data-engineer", "data engineer(s)"},
      {"ml-engineer", "ml|ai engineer(s)", "machine learning engineer(s)"},
      {"devops", "devops engineer(s)", "sre(s)", "site reliability engineer(s)", "platform engineer(s)"},
      {"designer", "designer(s)", "ux|ui|product|graphic|visual designer(s)"},
      {"ux-researcher", "ux|user researcher(s)"},
      {"scrum", "scrum master(s)", "agile coach(es)"},
      {"business-analyst", "business analyst(s)"},
      {"accountant", "accountant(s)", "cpa(s)", "bookkeeper(s)"},
      {"lawyer", "lawyer(s)", "attorney(s)"},
      {"paralegal", "paralegal(s)"},
      {"nurse", "nurse(s)", "rn(s)", "nurse practitioner(s)"},
      {"physician", "physician(s)", "doctor(s)"},
      {"pharmacist", "pharmacist(s)"},
      {"teacher", "teacher(s)", "educator(s)"},
      {"sales", "sales rep(s)|representative(s)|professional(s)|manager(s)|leader(s)", "account executive(s)",
          "salespeople", "sdr(s)", "bdr(s)"},
      {"assistant", "executive|administrative assistant(s)"},
      {"technical-writer", "technical writer(s)"},
      {"architect", "architect(s)", "solutions|software|enterprise|cloud architect(s)"},
      {"social-worker", "social worker(s)"},
      {"mechanical-engineer", "mechanical engineer(s)"},
      {"electrical-engineer", "electrical engineer(s)"},
      {"civil-engineer", "civil engineer(s)"},
      {"copywriter", "copywriter(s)"},
      {"operations", "operations manager(s)", "coo(s)"},
  };

  private static final List<Cue> CUES = build();

  private JobTitles() {}

  private static List<Cue> build() {
    List<Cue> c = new ArrayList<>();
    for (String[] family : FAMILIES) {
      for (int i = 1; i < family.length; i++) {
        c.add(new Cue(TITLE + family[0], 1, family[i]));
      }
    }
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
    List<Hit> out = new ArrayList<>();
    for (Hit h : facts.hits().affirmedByPrefix(TITLE)) {
      if (h.wordsStartWith("pm") && h.start() > 0 && facts.text().isWord(h.start() - 1)
          && Tokenizer.isNumber(facts.text().token(h.start() - 1))) {
        continue;
      }
      out.add(h);
    }
    return out;
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
    for (Hit r : facts.affirmed(ROLE)) {
      if (!titleSpans.overlaps(r.start(), r.end())) {
        String w = r.words();
        roles.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
      }
    }
    return roles.size();
  }
}
