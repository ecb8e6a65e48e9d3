package app.worthit.model;

/**
 * One event as found on a page or sent by a client. Nullable fields mean "unknown"; url, key and
 * title are always present once a listing is built.
 */
public record Listing(
    String url,
    String key,
    Source source,
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

  public Listing {
    if (url == null || url.isEmpty()) {
      throw new IllegalArgumentException("url is required");
    }
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("key is required");
    }
    if (title == null) {
      throw new IllegalArgumentException("title is required");
    }
    if (source == null) {
      source = Source.OTHER;
    }
  }
}
