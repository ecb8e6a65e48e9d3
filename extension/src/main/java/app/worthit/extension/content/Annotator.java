package app.worthit.extension.content;

import app.worthit.extension.dom.DomPage;
import app.worthit.extension.dom.LiveElement;
import app.worthit.extension.dom.Marks;
import app.worthit.extension.dom.ViewFirstPage;
import app.worthit.extension.personal.GroupKeys;
import app.worthit.extension.personal.LocalStore;
import app.worthit.extension.sync.CommunityLookup;
import app.worthit.extract.PageExtractor;
import app.worthit.model.Listing;
import app.worthit.model.SubjectKeys;
import app.worthit.model.Urls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.core.JSString;
import org.teavm.jso.core.JSWeakMap;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * Puts one badge on every event of the page and keeps them right as the page and the user's data
 * change. Events are extracted by the shared engine and scored by the shared scorer.
 */
final class Annotator {
  /** The value of a cleared weak-map entry; no link has an empty href that names an event. */
  private static final JSString CLEARED = JSString.valueOf("");

  private final String address;
  /** The subject key of the page itself (an event, a group or none). */
  private final String ownKey;
  private final LocalStore store;
  private final MarkControls controls;
  private final Verdicts verdicts;
  private final WorkQueue queue = new WorkQueue(this::drained);
  private final Map<String, Listing> listings = new HashMap<>();
  /** The one badge of each event key. */
  private final Map<String, Badge> badges = new LinkedHashMap<>();
  /**
   * The href each link had when it was last processed: a link is processed again only when it
   * changes. Entries are cleared with {@link #CLEARED}: TeaVM 0.16's JSWeakMap.remove is not bound
   * to delete, and a Java null stored in a JS map can come back as undefined.
   */
  private final JSWeakMap<LiveElement, JSString> lastHref = new JSWeakMap<>();
  /** The key of the badge a link owns. */
  private final JSWeakMap<LiveElement, JSString> ownedKey = new JSWeakMap<>();
  /** Links whose event already has a badge elsewhere; retried when a badge is released. */
  private final List<LiveElement> waiting = new ArrayList<>();
  private final Placement placement = new Placement(b -> badges.get(b.key()) == b);
  /** Whether the user's data have been loaded once. */
  private boolean loaded;
  /** The first pass's events, kept until the user's data are loaded too. */
  private List<Listing> found;
  private boolean badgedSinceDrain;
  /** Whether the page's first badges are in and the community's answer is still to be asked for. */
  private boolean communityDue;
  /** The page with its JSON-LD split, once read; cards near the view read their events from it early. */
  private ViewFirstPage page;
  /** Whether the full pass is done: until then a card's listing is read from its card and JSON-LD alone. */
  private boolean extracted;
  private final ViewFirst view = new ViewFirst(queue, this::process, placement);

  Annotator(String address, LocalStore store) {
    this.address = address;
    this.ownKey = SubjectKeys.fromUrl(address);
    this.store = store;
    this.controls = new MarkControls(store);
    this.verdicts = new Verdicts(ownKey);
  }

  /**
   * Reads the page while the user's data load; then badges the cards near the view first, the
   * rest of the page after its full pass, and starts watching it.
   */
  void start() {
    Marks.mark("worthit:start");
    store.load().then(data -> {
      verdicts.personal(data);
      loaded = true;
      view.ready();
      badgeWhenReady();
      return null;
    });
    // The first pass runs in the work queue's slices too, so a page of thousands of cards is not
    // frozen while its events are read.
    Marks.mark("worthit:extracting");
    queue.add(this::readPage);
  }

  private void readPage() {
    page = ViewFirstPage.of(address);
    PageExtractor.Run run = PageExtractor.start(page);
    queue.add(() -> extractStep(run));
    view.watch(HTMLDocument.current().querySelectorAll("a[href]"));
  }

  private void extractStep(PageExtractor.Run run) {
    if (run.step()) {
      queue.add(() -> extractStep(run));
    } else {
      found = run.listings();
      badgeWhenReady();
    }
  }

  /** Badges the page once both its events are read and the user's data are loaded. */
  private void badgeWhenReady() {
    if (loaded && found != null) {
      List<Listing> page = found;
      found = null;
      badgePage(page);
    }
  }

  /** Once the page's events are read: its own panels, a badge per event link, then the watchers. */
  private void badgePage(List<Listing> found) {
    for (Listing l : found) {
      Listing early = listings.put(l.key(), l);
      if (early != null && !early.equals(l)) {
        // Read early from its card and JSON-LD alone, the listing missed what the rest of the page says.
        verdicts.forget(l.key());
        Badge b = badges.get(l.key());
        if (b != null) {
          queue.add(() -> rerender(b));
        }
      }
    }
    extracted = true;
    Marks.mark("worthit:extracted");
    annotateOwnEvent();
    annotateOwnGroup();
    NodeList<? extends Element> links = HTMLDocument.current().querySelectorAll("a[href]");
    for (int i = 0; i < links.getLength(); i++) {
      LiveElement link = LiveElement.of(links.get(i));
      queue.add(() -> process(link));
    }
    new CardWatcher(this::linksChanged, this::overlayRemoved).observe();
    store.onChange(this::reload);
    // The community's answer only refines verdicts: it is asked for once the first badges are in.
    queue.add(() -> communityDue = true);
  }

  /** One lookup of the votes and corrections of the page's events and groups; badges follow the answer. */
  private void askCommunity() {
    CommunityLookup.ask(CommunityLookup.subjects(listings.values(), verdicts.pageGroup()), answer -> {
      if (verdicts.community(answer.votes(), answer.corrections())) {
        reload();
      }
    });
  }

  /** On a group's own page: the organiser's tools under its title. */
  private void annotateOwnGroup() {
    LiveElement title = SubjectKeys.isGroup(ownKey) ? PagePlaces.title() : null;
    if (title != null) {
      verdicts.pageGroup(ownKey);
      OrganiserPanel tools = new OrganiserPanel(address, ownKey, ownKey, this::askCommunity);
      title.after(tools.host());
      tools.start();
    }
  }

  private void annotateOwnEvent() {
    Listing listing = ownKey == null ? null : listings.get(ownKey);
    if (!SubjectKeys.isEvent(ownKey) || listing == null) {
      return;
    }
    // Real pages change: without a title element the panel still shows, at the top of the page.
    LiveElement title = PagePlaces.title();
    Badge panel = title != null ? new Badge(title, ownKey, true, controls)
        : new Badge(PagePlaces.fallback(), true, ownKey, true, controls);
    panel.place();
    badges.put(ownKey, panel);
    String group = GroupKeys.of(listing);
    verdicts.pageGroup(SubjectKeys.isGroup(group) ? group : PagePlaces.organizer(address));
    panel.render(verdicts.of(listing));
    Marks.mark("worthit:panel");
    badgedSinceDrain = true;
    OrganiserPanel tools = new OrganiserPanel(address, ownKey, verdicts.pageGroup(), this::askCommunity);
    panel.host().after(tools.host());
    tools.start();
  }

  private void process(LiveElement link) {
    view.done(link);
    String href = link.getAttribute("href");
    String seen = lastHref.has(link) ? lastHref.get(link).stringValue() : null;
    Badge owned = owned(link);
    if (href != null && href.equals(seen) && (owned == null || owned.intact())) {
      return;
    }
    lastHref.set(link, JSString.valueOf(href == null ? "" : href));
    String url = Urls.resolve(address, href);
    String key = url == null ? null : SubjectKeys.fromUrl(url);
    if (owned != null && owned.key().equals(key) && owned.intact()) {
      return;
    }
    if (owned != null) {
      release(owned);
    }
    if (!SubjectKeys.isEvent(key) || !link.isConnected()) {
      return;
    }
    if (!extracted && key.equals(ownKey)) {
      // The page's own event gets its panel from the full pass; the link is looked at again then.
      lastHref.set(link, CLEARED);
      return;
    }
    Badge other = badges.get(key);
    if (other != null && other.intact()) {
      waiting.add(link);
      return;
    }
    if (other != null) {
      release(other);
    }
    Listing listing = listingFor(key, link);
    if (listing == null) {
      if (!extracted) {
        // Its card alone said too little: the full pass may know it from the page's state.
        lastHref.set(link, CLEARED);
      }
      return;
    }
    Badge badge = new Badge(link, key, false, controls);
    badges.put(key, badge);
    ownedKey.set(link, JSString.valueOf(key));
    badge.render(verdicts.of(listing));
    badgedSinceDrain = true;
    placement.add(badge);
  }

  private Badge owned(LiveElement link) {
    Badge b = ownedKey.has(link) ? badges.get(ownedKey.get(link).stringValue()) : null;
    return b != null && b.anchor() == link ? b : null;
  }

  private void release(Badge badge) {
    badge.remove();
    if (badges.get(badge.key()) == badge) {
      badges.remove(badge.key());
    }
    ownedKey.set(badge.anchor(), CLEARED);
    retryWaiting();
  }

  private void retryWaiting() {
    if (waiting.isEmpty()) {
      return;
    }
    List<LiveElement> again = new ArrayList<>(waiting);
    waiting.clear();
    for (LiveElement link : again) {
      lastHref.set(link, CLEARED);
      queue.add(() -> process(link));
    }
  }

  /** The listing of the key: from the first pass, else extracted from the new card alone. */
  private Listing listingFor(String key, LiveElement link) {
    Listing known = listings.get(key);
    if (known != null) {
      return known;
    }
    if (!extracted) {
      Listing early = page.early(link, key);
      if (early != null) {
        listings.put(key, early);
      }
      return early;
    }
    LiveElement card = link.closest("li, article");
    for (Listing l : PageExtractor.extract(DomPage.subtree(address, card != null ? card : link))) {
      listings.putIfAbsent(l.key(), l);
    }
    return listings.get(key);
  }

  private void rerender(Badge b) {
    Listing l = listings.get(b.key());
    if (l != null && b.intact()) {
      b.render(verdicts.of(l));
    }
  }

  private void linksChanged(List<LiveElement> links) {
    for (LiveElement link : links) {
      queue.add(() -> process(link));
    }
    retryWaiting();
  }

  private void overlayRemoved() {
    for (Badge b : new ArrayList<>(badges.values())) {
      if (b.placed() && !b.host().isConnected()) {
        release(b);
        if (b.anchor().isConnected() && b.anchor().getTagName().equalsIgnoreCase("a")) {
          lastHref.set(b.anchor(), CLEARED);
          queue.add(() -> process(b.anchor()));
        }
      }
    }
  }

  private void reload() {
    store.load().then(data -> {
      verdicts.personal(data);
      for (Badge b : new ArrayList<>(badges.values())) {
        queue.add(() -> rerender(b));
      }
      return null;
    });
  }

  private void drained() {
    placement.drained();
    if (badgedSinceDrain) {
      badgedSinceDrain = false;
      Marks.mark("worthit:last-badge");
    }
    if (communityDue) {
      communityDue = false;
      askCommunity();
    }
  }
}
