package app.worthit.wire;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.model.Profile;
import app.worthit.model.ScoreRequest;

/** The ScoreRequest of DESIGN.md as JSON: {"listing": Listing, "profile": Profile?}. */
public final class ScoreRequestJson {
  /** Largest request text accepted: room for a 100 KB description many times over. */
  public static final int MAX_CHARS = 1 << 20;

  /** Deepest nesting accepted; a request needs 3, unknown members may add a little. */
  public static final int MAX_DEPTH = 32;

  private ScoreRequestJson() {}

  /** Parses request text within {@link #MAX_CHARS} and {@link #MAX_DEPTH}, else throws. */
  public static ScoreRequest parse(String text) {
    return fromJson(JsonParser.parse(text, MAX_DEPTH, MAX_CHARS));
  }

  /** Reads a request from a parsed tree; errors name fields as "listing.url". */
  public static ScoreRequest fromJson(JsonValue value) {
    WireObject o = WireObject.of(value, "request");
    return new ScoreRequest(
        ListingJson.fromJson(o.raw("listing"), "listing"),
        ProfileJson.fromJson(o.raw("profile"), "profile"));
  }

  /** Writes a request; a profile with nothing known is left out. */
  public static JsonValue.Obj toJson(ScoreRequest r) {
    return new JsonObjectBuilder()
        .put("listing", ListingJson.toJson(r.listing()))
        .put("profile", r.profile().equals(Profile.EMPTY) ? null : ProfileJson.toJson(r.profile()))
        .build();
  }
}
