package app.worthit.rules;

import app.worthit.model.Listing;
import app.worthit.model.Profile;
import app.worthit.model.Recurrence;
import app.worthit.rules.text.Hit;
import app.worthit.rules.text.Hits;
import app.worthit.rules.text.ListingText;
import java.util.List;

/** What the rules know about one request: the listing, the profile, its words and the cue matches. */
public record Facts(Listing listing, Profile profile, ListingText text, Hits hits) {
  /** The facts of a request, reading the listing's words once. */
  public static Facts of(Listing listing, Profile profile) {
    ListingText text = ListingText.of(listing.title(), listing.groupName(), listing.description(),
        listing.groupDescription());
    return new Facts(listing, profile == null ? Profile.EMPTY : profile, text, Rules.LEXICON.scan(text));
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
