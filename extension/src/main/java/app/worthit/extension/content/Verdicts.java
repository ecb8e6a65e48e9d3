package app.worthit.extension.content;

import app.worthit.extension.dom.Marks;
import app.worthit.extension.personal.GroupKeys;
import app.worthit.extension.personal.PersonalData;
import app.worthit.extension.seen.SeenRecorder;
import app.worthit.model.Correction;
import app.worthit.model.Listing;
import app.worthit.model.ScoreRequest;
import app.worthit.model.SubjectKeys;
import app.worthit.model.Verdict;
import app.worthit.rules.CommunityVotes;
import app.worthit.rules.Corrections;
import app.worthit.rules.Rules;
import app.worthit.rules.Scorer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each event's verdict for this user, scored once by the shared scorer with the user's data, the
 * community's votes and the applied corrections, until one of those changes.
 */
final class Verdicts {
  private final String ownKey;
  private final Map<String, Verdict> scored = new HashMap<>();
  /** The local log of badged events, for "Your week" and "Your hours". */
  private final SeenRecorder seen = new SeenRecorder();
  private PersonalData personal = PersonalData.EMPTY;
  /** The community's votes on the page's events, from one lookup through the worker. */
  private Map<String, CommunityVotes> community = Map.of();
  /** The applied corrections of the page's events and their groups, from the same lookup. */
  private List<Correction> corrections = List.of();
  /** The group of the page's own event or the page's group, when the page names it. */
  private String pageGroup;
  private boolean engineReady;

  Verdicts(String ownKey) {
    this.ownKey = ownKey;
  }

  /** What the listing's badge shows now. */
  Annotation of(Listing listing) {
    String group = GroupKeys.of(listing);
    Verdict verdict = scored.get(listing.key());
    if (verdict == null) {
      setUpEngine();
      String corrected = SubjectKeys.isGroup(group) ? group : listing.key().equals(ownKey) ? pageGroup : null;
      verdict = Scorer.score(new ScoreRequest(listing, personal.profileFor(group)), community.get(listing.key()),
          Corrections.select(listing.key(), corrected, corrections));
      scored.put(listing.key(), verdict);
      seen.note(listing, verdict, personal);
    }
    return new Annotation(listing, group, verdict, personal);
  }

  /** The event's listing changed: it is scored again when next shown. */
  void forget(String key) {
    scored.remove(key);
  }

  /** The user's data changed: every event is scored again. */
  void personal(PersonalData data) {
    personal = data;
    scored.clear();
  }

  /** The community's answer; true when it may change a verdict (scored again when next shown). */
  boolean community(Map<String, CommunityVotes> votes, List<Correction> applied) {
    boolean changed = !community.isEmpty() || !corrections.isEmpty() || !votes.isEmpty() || !applied.isEmpty();
    community = votes;
    corrections = applied;
    return changed;
  }

  String pageGroup() {
    return pageGroup;
  }

  void pageGroup(String key) {
    pageGroup = key;
  }

  /** The rules' one-time setup (the lexicon above all), marked apart so that its cost can be read alone. */
  private void setUpEngine() {
    if (!engineReady) {
      engineReady = true;
      Marks.mark("worthit:engine-setup");
      if (Rules.ALL.isEmpty()) {
        throw new IllegalStateException("no rules");
      }
      Marks.mark("worthit:engine-ready");
    }
  }
}
