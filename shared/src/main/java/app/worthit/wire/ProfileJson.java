package app.worthit.wire;

import app.worthit.json.JsonValue;
import app.worthit.model.Profile;

/** The Profile of DESIGN.md as JSON; every member may be absent or null (unknown). */
public final class ProfileJson {
  /** More visits to one group than anyone makes in a lifetime of weekly meetings. */
  public static final int MAX_TIMES_ATTENDED = 100_000;

  private ProfileJson() {}

  /** Reads a profile; absent or null gives {@link Profile#EMPTY}. Errors name "profile.x". */
  public static Profile fromJson(JsonValue value) {
    return fromJson(value, "profile");
  }

  /** Reads a profile found at {@code path}; absent or null gives {@link Profile#EMPTY}. */
  public static Profile fromJson(JsonValue value, String path) {
    if (value == null || value.isNull()) {
      return Profile.EMPTY;
    }
    WireObject o = WireObject.of(value, path);
    return new Profile(
        o.string("targetTitle"),
        o.string("industry"),
        o.integer("timesAttendedGroup", 0, MAX_TIMES_ATTENDED));
  }

  /** Writes a profile; unknown members are left out. */
  public static JsonValue.Obj toJson(Profile p) {
    return new JsonObjectBuilder()
        .put("targetTitle", p.targetTitle())
        .put("industry", p.industry())
        .put("timesAttendedGroup", p.timesAttendedGroup())
        .build();
  }
}
