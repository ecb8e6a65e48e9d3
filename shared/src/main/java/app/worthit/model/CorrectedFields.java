package app.worthit.model;

/**
 * Listing facts a correction sets: each non-null value replaces the extracted one, null leaves it
 * as found. A correction that makes an event free sets {@code priceCents} to 0.
 */
public record CorrectedFields(Integer priceCents, Recurrence recurrence, Integer attendeeCount, Boolean online) {
  /** Corrects no field. */
  public static final CorrectedFields NONE = new CorrectedFields(null, null, null, null);

  public CorrectedFields {
    if ((priceCents != null && priceCents < 0) || (attendeeCount != null && attendeeCount < 0)) {
      throw new IllegalArgumentException("price and attendee count cannot be negative");
    }
  }

  /** True when no field is set. */
  public boolean isEmpty() {
    return priceCents == null && recurrence == null && attendeeCount == null && online == null;
  }

  /** These fields laid over {@code base}: this one's set fields win. */
  public CorrectedFields over(CorrectedFields base) {
    return new CorrectedFields(
        priceCents != null ? priceCents : base.priceCents,
        recurrence != null ? recurrence : base.recurrence,
        attendeeCount != null ? attendeeCount : base.attendeeCount,
        online != null ? online : base.online);
  }

  /** The listing with the set fields replaced. */
  public Listing applyTo(Listing l) {
    if (isEmpty()) {
      return l;
    }
    return new Listing(l.url(), l.key(), l.source(), l.title(), l.description(), l.groupName(),
        l.groupDescription(), l.startsAt(), l.endsAt(), recurrence != null ? recurrence : l.recurrence(),
        priceCents != null ? priceCents : l.priceCents(), l.currency(),
        attendeeCount != null ? attendeeCount : l.attendeeCount(), l.capacity(),
        online != null ? online : l.online());
  }
}
