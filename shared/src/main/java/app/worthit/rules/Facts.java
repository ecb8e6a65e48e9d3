package app.worthit.rules;

import app.worthit.language.ListingLanguage;
import app.worthit.language.ListingReading;
import app.worthit.model.Listing;
import app.worthit.model.Profile;
import app.worthit.model.Recurrence;
import app.worthit.rules.text.Hit;
import app.worthit.rules.text.Hits;
import app.worthit.rules.text.ListingText;
import java.util.List;

/** What the rules know about one request: the listing, the profile, its words and the cue matches. */
public final class Facts {
  private final Listing listing;
  private final Profile profile;
  private final ListingReading reading;
  private final ListingText text;
  private final Hits hits;
  // Derived from the hits and asked for by more than one rule, so worked out once: on cue-dense text
  // each is a pass over thousands of hits.
  private List<Hit> titles;
  private int distinctRoles = -1;
  private Frames frames;

  private Facts(Listing listing, Profile profile, ListingReading reading, ListingText text, Hits hits) {
    this.listing = listing;
    this.profile = profile;
    this.reading = reading;
    this.text = text;
    this.hits = hits;
  }

  /** The facts of a request, reading the listing's words once: its English part only. */
  public static Facts of(Listing listing, Profile profile) {
    ListingReading reading = ListingLanguage.of(listing);
    ListingText text = ListingText.of(reading.title(), reading.groupName(), reading.description(),
        reading.groupDescription());
    return new Facts(listing, profile == null ? Profile.EMPTY : profile, reading, text, Rules.LEXICON.scan(text));
  }

  public Listing listing() {
    return listing;
  }

  public Profile profile() {
    return profile;
  }

  /** Which of the listing's text the rules read, and what was left unread for its language. */
  public ListingReading reading() {
    return reading;
  }

  public ListingText text() {
    return text;
  }

  public Hits hits() {
    return hits;
  }

  /** Every job title the listing names, in text order ({@link JobTitles#titles}). */
  List<Hit> titles() {
    if (titles == null) {
      titles = JobTitles.titles(this);
    }
    return titles;
  }

  /** How many distinct title families and other role words the listing names ({@link JobTitles#distinctRoles}). */
  int distinctRoles() {
    if (distinctRoles < 0) {
      distinctRoles = JobTitles.distinctRoles(this);
    }
    return distinctRoles;
  }

  /** Who the listing is for and what happens there, worked out once. */
  Frames frames() {
    if (frames == null) {
      frames = new Frames(this);
    }
    return frames;
  }

  /** The non-negated hits of a tag. */
  public List<Hit> affirmed(String tag) {
    return hits.affirmed(tag);
  }

  /** True when the listing says the series meets weekly, every other week or monthly. */
  public boolean recursRegularly() {
    Recurrence r = listing.recurrence();
    return r == Recurrence.WEEKLY || r == Recurrence.BIWEEKLY || r == Recurrence.MONTHLY;
  }

  /** True when the event charges an entry fee. */
  public boolean hasEntryFee() {
    return listing.priceCents() != null && listing.priceCents() > 0;
  }

  /** The larger of attendee count and capacity, or 0 when neither is known. */
  public int size() {
    int a = listing.attendeeCount() == null ? 0 : listing.attendeeCount();
    int c = listing.capacity() == null ? 0 : listing.capacity();
    return Math.max(a, c);
  }
}
