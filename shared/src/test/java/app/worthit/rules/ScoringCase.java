package app.worthit.rules;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.model.Listing;
import app.worthit.model.Profile;
import app.worthit.model.Recurrence;
import app.worthit.model.ScoreRequest;
import app.worthit.model.Source;
import java.util.ArrayList;
import java.util.List;

/** One labelled case of fixtures/scoring-cases.jsonl, read with a test-local mapping until the wire reader lands. */
record ScoringCase(String id, ScoreRequest request, String verdict, List<String> rules, List<String> forbid) {
  static ScoringCase parse(String line) {
    JsonValue v = JsonParser.parse(line);
    JsonValue l = v.path("request", "listing");
    JsonValue p = v.path("request", "profile");
    Listing listing = new Listing(str(l, "url"), str(l, "url"), Source.fromWire(str(l, "source")), str(l, "title"),
        str(l, "description"), str(l, "groupName"), str(l, "groupDescription"), str(l, "startsAt"),
        Recurrence.fromWire(str(l, "recurrence")), num(l, "priceCents"), str(l, "currency"),
        num(l, "attendeeCount"), num(l, "capacity"), bool(l, "online"));
    Profile profile = p.isNull() ? null : new Profile(str(p, "targetTitle"), str(p, "industry"), num(p, "timesAttendedGroup"));
    return new ScoringCase(str(v, "id"), new ScoreRequest(listing, profile), str(v.path("expect"), "verdict"),
        strings(v.path("expect", "rules")), strings(v.path("expect", "forbid")));
  }

  private static String str(JsonValue o, String name) {
    JsonValue m = o.path(name);
    return m.isNull() ? null : m.asString();
  }

  private static Integer num(JsonValue o, String name) {
    JsonValue m = o.path(name);
    return m.isNull() ? null : (int) ((JsonValue.Num) m).longValue();
  }

  private static Boolean bool(JsonValue o, String name) {
    JsonValue m = o.path(name);
    return m.isNull() ? null : ((JsonValue.Bool) m).value();
  }

  private static List<String> strings(JsonValue arr) {
    List<String> out = new ArrayList<>();
    if (!arr.isNull()) {
      for (JsonValue item : arr.asArr().items()) {
        out.add(item.asString());
      }
    }
    return out;
  }
}
