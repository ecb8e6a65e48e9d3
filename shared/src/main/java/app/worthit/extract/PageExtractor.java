package app.worthit.extract;

import app.worthit.json.JsonValue;
import app.worthit.model.Listing;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every event listing a page holds, read from its JSON-LD, its embedded site state and its event
 * cards, merged by subject key with the most trusted source first.
 */
public final class PageExtractor {
  /** The selector of the page's JSON-LD scripts: a facade may hand them over split one event a script. */
  public static final String JSON_LD_SCRIPTS = "script[type*=\"ld+json\"]";

  private PageExtractor() {}

  /**
   * View first: the listing of one event link read from its own card and the given JSON-LD texts
   * (the scripts, or the pieces of them, that hold its event) alone, before the page's full pass.
   * On a page without embedded site state it is the full pass's listing of that key; null when the
   * link names no event or the texts and card give no title.
   */
  public static Listing early(Page page, Page.Element link, List<String> jsonLdTexts) {
    String base = address(page);
    String key = EventLinks.key(link.attr("href"), base);
    if (key == null) {
      return null;
    }
    List<List<EventDraft>> found = new ArrayList<>();
    try {
      for (String text : jsonLdTexts) {
        found.add(JsonLdSource.events(text, base));
      }
      found.add(List.of(DomCardSource.alone(link, key, base)));
    } catch (RuntimeException e) {
      // As in extract: keep what was read before the fault.
    }
    for (Listing l : merge(found)) {
      if (key.equals(l.key())) {
        return l;
      }
    }
    return null;
  }

  /** The page's events in order of first appearance (JSON-LD, state, then cards); never throws. */
  public static List<Listing> extract(Page page) {
    Run run = start(page);
    boolean more = true;
    while (more) {
      more = run.step();
    }
    return run.listings();
  }

  /** Extraction in small steps, for a caller that yields between them; the result is extract()'s. */
  public static Run start(Page page) {
    return new Run(page);
  }

  /**
   * One extraction of a page, step by step: the scripts, then each JSON-LD block, the site state,
   * and the event cards in chunks. A step that fails ends the run with what was read before it.
   */
  public static final class Run {
    /** Event links read as cards in one step. */
    private static final int CARDS_PER_STEP = 10;
    /** Merged drafts made listings in one step (a listing's recurrence is read from its text). */
    private static final int LISTINGS_PER_STEP = 25;

    private final Page page;
    /** Every source's drafts merged as they are read, the more trusted first: merge()'s result. */
    private final Map<String, EventDraft> byKey = new LinkedHashMap<>();
    private final Consumer<List<EventDraft>> found = source -> mergeInto(byKey, source);
    private final List<Listing> out = new ArrayList<>();
    private java.util.Iterator<Map.Entry<String, EventDraft>> converting;
    private boolean converted;
    private final ArrayDeque<Runnable> steps = new ArrayDeque<>();
    private String base;
    private DomCardSource.Cards cards;

    private Run(Page page) {
      this.page = page;
      steps.add(this::readScripts);
    }

    /** Runs the next step; true while more steps remain. */
    public boolean step() {
      Runnable next = steps.poll();
      if (next == null) {
        return false;
      }
      try {
        next.run();
      } catch (RuntimeException e) {
        // A hostile or broken page must never break the caller: keep what was read before the fault.
        steps.clear();
      }
      if (steps.isEmpty() && converting == null) {
        converting = byKey.entrySet().iterator();
        steps.add(this::convert);
      }
      return !steps.isEmpty();
    }

    /** The events read so far, merged by subject key. */
    public List<Listing> listings() {
      return converted ? new ArrayList<>(out) : toListings(byKey);
    }

    /** The merged drafts made listings a chunk at a time, once every source is read. */
    private void convert() {
      for (int i = 0; i < LISTINGS_PER_STEP && converting.hasNext(); i++) {
        Map.Entry<String, EventDraft> e = converting.next();
        Listing l = e.getValue().toListing(e.getKey());
        if (l != null) {
          out.add(l);
        }
      }
      if (converting.hasNext()) {
        steps.add(this::convert);
      } else {
        converted = true;
      }
    }

    private void readScripts() {
      base = address(page);
      List<String> jsonLd = new ArrayList<>();
      for (Page.Element s : page.select(JSON_LD_SCRIPTS)) {
        jsonLd.add(s.text());
      }
      String nextData = null;
      List<String> plainScripts = new ArrayList<>();
      for (Page.Element s : page.select("script")) {
        if ("__NEXT_DATA__".equals(s.attr("id"))) {
          nextData = s.text();
        } else if (!isDataBlock(s)) {
          // Data blocks (JSON-LD, other JSON) assign nothing; skipping them spares a character
          // scan of the page's biggest texts, which is slow in the JavaScript build.
          String text = s.text();
          if (text != null && (text.contains("__SERVER_DATA__") || text.contains("__APOLLO_STATE__"))) {
            plainScripts.add(text);
          }
        }
      }
      for (String text : jsonLd) {
        steps.add(() -> found.accept(JsonLdSource.events(text, base)));
      }
      String next = nextData;
      steps.add(() -> scriptDrafts(found, base, List.of(), next, plainScripts));
      steps.add(this::findCards);
    }

    /** A script element holding JSON rather than code: window.__SERVER_DATA__ = ... is never in one. */
    private static boolean isDataBlock(Page.Element script) {
      String type = script.attr("type");
      return type != null && type.toLowerCase().contains("json");
    }

    private void findCards() {
      cards = new DomCardSource.Cards(page, base);
      steps.add(this::indexCards);
    }

    private void indexCards() {
      if (cards.index()) {
        steps.add(this::indexCards);
      } else if (cards.more()) {
        steps.add(this::readCards);
      }
    }

    private void readCards() {
      found.accept(cards.read(CARDS_PER_STEP));
      if (cards.more()) {
        steps.add(this::readCards);
      }
    }
  }

  /**
   * Extraction without a DOM, for the JVM/JS parity test: the page address, the JSON-LD script
   * texts, the __NEXT_DATA__ text and a script assigning window.__SERVER_DATA__ (each may be null).
   */
  public static List<Listing> fromScripts(
      String address, List<String> jsonLdTexts, String nextDataText, String serverDataScriptText) {
    List<String> plain = new ArrayList<>();
    if (serverDataScriptText != null) {
      plain.add(serverDataScriptText);
    }
    List<List<EventDraft>> found = new ArrayList<>();
    try {
      scriptDrafts(found::add, address, jsonLdTexts == null ? List.of() : jsonLdTexts, nextDataText, plain);
    } catch (RuntimeException e) {
      // As in extract: keep what was read before the fault.
    }
    return merge(found);
  }

  private static void scriptDrafts(Consumer<List<EventDraft>> found,
      String base, List<String> jsonLd, String nextData, List<String> plainScripts) {
    for (String text : jsonLd) {
      found.accept(JsonLdSource.events(text, base));
    }
    JsonValue next = JsonFields.parse(nextData);
    if (next != null) {
      found.accept(MeetupApolloSource.fromNextData(next));
      found.accept(EventbriteNextDataSource.fromNextData(next));
    }
    for (String script : plainScripts) {
      found.accept(EventbriteServerDataSource.fromScript(script));
      JsonValue apollo = JsonFields.parse(ScriptAssignment.objectText(script, "__APOLLO_STATE__"));
      if (apollo != null) {
        found.accept(MeetupApolloSource.fromCache(apollo.asObj()));
      }
    }
  }

  private static List<Listing> merge(List<List<EventDraft>> found) {
    Map<String, EventDraft> byKey = new LinkedHashMap<>();
    for (List<EventDraft> source : found) {
      mergeInto(byKey, source);
    }
    return toListings(byKey);
  }

  private static void mergeInto(Map<String, EventDraft> byKey, List<EventDraft> source) {
    for (EventDraft d : source) {
      String key = d.key();
      if (key != null) {
        EventDraft known = byKey.get(key);
        byKey.put(key, known == null ? d : known.fill(d));
      }
    }
  }

  private static List<Listing> toListings(Map<String, EventDraft> byKey) {
    List<Listing> out = new ArrayList<>();
    for (Map.Entry<String, EventDraft> e : byKey.entrySet()) {
      Listing l = e.getValue().toListing(e.getKey());
      if (l != null) {
        out.add(l);
      }
    }
    return out;
  }

  /** The page address, else its canonical link, else null. */
  private static String address(Page page) {
    String address = page.address();
    if (address != null) {
      return address;
    }
    for (Page.Element link : page.select("link[rel=canonical]")) {
      String href = link.attr("href");
      if (href != null && !href.isEmpty()) {
        return href.trim();
      }
    }
    return null;
  }
}
