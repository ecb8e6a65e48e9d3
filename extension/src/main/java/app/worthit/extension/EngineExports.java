package app.worthit.extension;

import app.worthit.calendar.CalendarEvent;
import app.worthit.calendar.IcsWriter;
import app.worthit.extract.PageExtractor;
import app.worthit.json.JsonException;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.language.LanguageDetector;
import app.worthit.language.Segment;
import app.worthit.model.Listing;
import app.worthit.model.Correction;
import app.worthit.model.ScoreRequest;
import app.worthit.rules.Corrections;
import app.worthit.rules.Scorer;
import app.worthit.wire.CorrectionJson;
import app.worthit.wire.ListingJson;
import app.worthit.wire.ScoreRequestJson;
import app.worthit.wire.VerdictJson;
import app.worthit.wire.WireException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSExport;

/**
 * The shared engine exported as plain functions over JSON strings: the same calls run on the JVM
 * (tests write their answers) and in the TeaVM bundle (node asserts identical answers).
 */
public final class EngineExports {
  private EngineExports() {}

  public static void main(String[] args) {}

  /** Parses and re-writes JSON, proving the shared parser runs unchanged in JavaScript. */
  @JSExport
  public static String roundTrip(String json) {
    return JsonWriter.write(JsonParser.parse(json));
  }

  /** A ScoreRequest's JSON to its Verdict's JSON, or {"error": message} for a bad request. */
  @JSExport
  public static String score(String requestJson) {
    try {
      return JsonWriter.write(VerdictJson.toJson(Scorer.score(ScoreRequestJson.parse(requestJson))));
    } catch (JsonException | WireException e) {
      return error(e.getMessage());
    }
  }

  /**
   * Scoring with accepted corrections: {"request": ScoreRequest, "groupKey"?: the listing's group as
   * found on the page, "corrections": [Correction] as the community answer gives them} to the
   * Verdict's JSON, or {"error": message}.
   */
  @JSExport
  public static String scoreCorrected(String inputJson) {
    try {
      JsonValue input = JsonParser.parse(inputJson, ScoreRequestJson.MAX_DEPTH, ScoreRequestJson.MAX_CHARS);
      ScoreRequest request = ScoreRequestJson.fromJson(input.path("request"));
      List<Correction> known = CorrectionJson.listFromJson(input.path("corrections"), "corrections");
      Corrections applied = Corrections.select(request.listing().key(), input.path("groupKey").asString(), known);
      return JsonWriter.write(VerdictJson.toJson(Scorer.score(request, null, applied)));
    } catch (JsonException | WireException | IllegalArgumentException e) {
      return error(e.getMessage());
    }
  }

  /**
   * Extraction without a DOM: {"address"?, "jsonLd": [script text...], "nextData"?, "serverData"?}
   * (the page's script texts) to a JSON array of the Listings found, or {"error": message}.
   */
  @JSExport
  public static String extract(String inputJson) {
    JsonValue input;
    try {
      input = JsonParser.parse(inputJson);
    } catch (JsonException e) {
      return error(e.getMessage());
    }
    List<String> jsonLd = new ArrayList<>();
    JsonValue.Arr texts = input.path("jsonLd").asArr();
    if (texts != null) {
      for (JsonValue text : texts.items()) {
        if (text.asString() != null) {
          jsonLd.add(text.asString());
        }
      }
    }
    List<Listing> listings = PageExtractor.fromScripts(input.path("address").asString(), jsonLd,
        input.path("nextData").asString(), input.path("serverData").asString());
    List<JsonValue> out = new ArrayList<>();
    for (Listing listing : listings) {
      out.add(ListingJson.toJson(listing));
    }
    return JsonWriter.write(new JsonValue.Arr(out));
  }

  /**
   * A text's sentences and paragraphs with their languages, for the detector's parity check:
   * [{"start", "end", "words", "language" (code or null), "own", "clues": [word...]}].
   */
  @JSExport
  public static String language(String text) {
    List<JsonValue> out = new ArrayList<>();
    for (Segment s : LanguageDetector.segments(text)) {
      Map<String, JsonValue> m = new LinkedHashMap<>();
      m.put("start", JsonValue.Num.of(s.start()));
      m.put("end", JsonValue.Num.of(s.end()));
      m.put("words", JsonValue.Num.of(s.words()));
      m.put("language", s.language() == null ? JsonValue.Null.INSTANCE : new JsonValue.Str(s.language().code()));
      m.put("own", JsonValue.Bool.of(s.own()));
      List<JsonValue> clues = new ArrayList<>();
      for (String clue : s.clues()) {
        clues.add(new JsonValue.Str(clue));
      }
      m.put("clues", new JsonValue.Arr(clues));
      out.add(new JsonValue.Obj(m));
    }
    return JsonWriter.write(new JsonValue.Arr(out));
  }

  private static String error(String message) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("error", new JsonValue.Str(message));
    return JsonWriter.write(new JsonValue.Obj(members));
  }

  /**
   * The shared iCalendar writer: {"stamp": epoch ms, "offsetMinutes": n, "events": [{"key", "title",
   * "url", "startsAt", "endsAt", "location", "description"}]} to the .ics text (events without a
   * readable start left out), or {"error": message}.
   */
  @JSExport
  public static String calendar(String inputJson) {
    try {
      JsonValue input = JsonParser.parse(inputJson);
      int offset = input.path("offsetMinutes") instanceof JsonValue.Num n ? (int) n.longValue() : 0;
      List<CalendarEvent> events = new ArrayList<>();
      JsonValue.Arr list = input.path("events").asArr();
      for (JsonValue e : list == null ? List.<JsonValue>of() : list.items()) {
        CalendarEvent c = CalendarEvent.of(e.path("key").asString(), e.path("title").asString(),
            e.path("url").asString(), e.path("startsAt").asString(), e.path("endsAt").asString(),
            e.path("location").asString(), e.path("description").asString(), offset);
        if (c != null) {
          events.add(c);
        }
      }
      long stamp = input.path("stamp") instanceof JsonValue.Num n ? n.longValue() : 0L;
      return IcsWriter.write(events, stamp);
    } catch (JsonException e) {
      return error(e.getMessage());
    }
  }
}
