package app.worthit.wire;

import app.worthit.json.JsonValue;
import app.worthit.model.Listing;
import app.worthit.model.Recurrence;
import app.worthit.model.Source;
import app.worthit.model.SubjectKeys;

/**
 * The Listing of DESIGN.md as JSON. Absent and null mean unknown, unknown members are ignored; url
 * and title are required; key and source are derived from the URL when absent.
 */
public final class ListingJson {
  /** Upper bound for counts and prices in cents: far above any real event, well inside an int. */
  public static final int MAX_COUNT = 1_000_000_000;

  private ListingJson() {}

  /** Reads a listing; errors name fields as "listing.title". */
  public static Listing fromJson(JsonValue value) {
    return fromJson(value, "listing");
  }

  /** Reads a listing found at {@code path}; errors name fields below that path. */
  public static Listing fromJson(JsonValue value, String path) {
    WireObject o = WireObject.of(value, path);
    String url = o.requiredString("url");
    ListingAddress.validate(url, o.at("url"));
    String key = o.string("key");
    if (key != null && key.isEmpty()) {
      throw new WireException(o.at("key"), "empty");
    }
    String title = o.requiredString("title");
    return new Listing(
        url,
        key != null ? key : ListingAddress.key(url),
        source(o, url),
        title,
        o.string("description"),
        o.string("groupName"),
        o.string("groupDescription"),
        o.string("startsAt"),
        o.string("endsAt"),
        recurrence(o),
        o.integer("priceCents", 0, MAX_COUNT),
        o.string("currency"),
        o.integer("attendeeCount", 0, MAX_COUNT),
        o.integer("capacity", 0, MAX_COUNT),
        o.bool("online"));
  }

  /** Writes a listing with members in DESIGN.md's order; unknown fields are left out. */
  public static JsonValue.Obj toJson(Listing l) {
    return new JsonObjectBuilder()
        .put("url", l.url())
        .put("key", l.key())
        .put("source", l.source().wire())
        .put("title", l.title())
        .put("description", l.description())
        .put("groupName", l.groupName())
        .put("groupDescription", l.groupDescription())
        .put("startsAt", l.startsAt())
        .put("endsAt", l.endsAt())
        .put("recurrence", l.recurrence() == null ? null : l.recurrence().wire())
        .put("priceCents", l.priceCents())
        .put("currency", l.currency())
        .put("attendeeCount", l.attendeeCount())
        .put("capacity", l.capacity())
        .put("online", l.online())
        .build();
  }

  private static Source source(WireObject o, String url) {
    String name = o.string("source");
    if (name == null) {
      return SubjectKeys.sourceOf(url);
    }
    Source s = Source.fromWire(name);
    if (s == null) {
      throw new WireException(o.at("source"), "expected one of meetup, eventbrite, other");
    }
    return s;
  }

  private static Recurrence recurrence(WireObject o) {
    String name = o.string("recurrence");
    if (name == null) {
      return null;
    }
    Recurrence r = Recurrence.fromWire(name);
    if (r == null) {
      throw new WireException(
          o.at("recurrence"), "expected one of none, weekly, biweekly, monthly, irregular");
    }
    return r;
  }
}
