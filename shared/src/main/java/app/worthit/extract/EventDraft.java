package app.worthit.extract;

import app.worthit.model.Listing;
import app.worthit.model.Recurrence;
import app.worthit.model.Source;
import app.worthit.model.SubjectKeys;
import app.worthit.model.Urls;

/**
 * What one source could read about one event: every field may be missing. Drafts of the same
 * subject key are merged, the more trusted source first, into one {@link Listing}.
 */
record EventDraft(
    String url,
    String title,
    String description,
    String groupName,
    String groupDescription,
    String startsAt,
    String endsAt,
    Recurrence recurrence,
    Integer priceCents,
    String currency,
    Integer attendeeCount,
    Integer capacity,
    Boolean online) {

  /** The event's subject key, or null when the URL names no single event. */
  String key() {
    String key = url == null ? null : SubjectKeys.fromUrl(url);
    return SubjectKeys.isEvent(key) ? key : null;
  }

  /** This draft with its gaps filled from a less trusted one; the longer description wins, as the
   *  most trusted sources often cut it short (Meetup's JSON-LD stops at about 150 characters). */
  EventDraft fill(EventDraft poorer) {
    return new EventDraft(
        url != null ? url : poorer.url,
        title != null ? title : poorer.title,
        longer(description, poorer.description),
        groupName != null ? groupName : poorer.groupName,
        groupDescription != null ? groupDescription : poorer.groupDescription,
        startsAt != null ? startsAt : poorer.startsAt,
        endsAt != null ? endsAt : poorer.endsAt,
        recurrence != null ? recurrence : poorer.recurrence,
        priceCents != null ? priceCents : poorer.priceCents,
        currency != null ? currency : poorer.currency,
        attendeeCount != null ? attendeeCount : poorer.attendeeCount,
        capacity != null ? capacity : poorer.capacity,
        online != null ? online : poorer.online);
  }

  /**
   * The listing under its event key (this draft's {@link #key}, which the merge already read: URLs
   * are parsed several times a card otherwise), or null when the draft lacks a title.
   */
  Listing toListing(String key) {
    if (title == null || title.isEmpty()) {
      return null;
    }
    String clean = Urls.withoutQuery(url);
    Recurrence stated = recurrence != null ? recurrence : RecurrenceText.of(title, description);
    return new Listing(clean, key, SubjectKeys.sourceOfKey(key), title, description, groupName,
        groupDescription, startsAt, endsAt, stated, priceCents, currency, attendeeCount, capacity, online);
  }

  private static String longer(String a, String b) {
    if (a == null) {
      return b;
    }
    return b != null && b.length() > a.length() ? b : a;
  }
}
