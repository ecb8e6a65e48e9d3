package app.worthit.eval;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.model.VerdictLevel;
import app.worthit.rules.RuleId;
import app.worthit.wire.ScoreRequestJson;
import app.worthit.wire.WireException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one line {"id", "request", "expect": {"verdict", "rules"?, "forbid"?}}; other members (such
 * as "from") are ignored. Errors are thrown as JsonException or WireException naming the field.
 */
final class LabelledCaseLine {
  private LabelledCaseLine() {}

  static LabelledCase parse(int line, String text) {
    JsonValue v = JsonParser.parse(text, ScoreRequestJson.MAX_DEPTH, ScoreRequestJson.MAX_CHARS);
    if (v.asObj() == null) {
      throw new WireException("case", "expected an object");
    }
    String id = v.path("id").asString();
    if (id == null || id.isBlank()) {
      throw new WireException("id", "required, a string");
    }
    if (v.path("expect").asObj() == null) {
      throw new WireException("expect", "required, an object");
    }
    String level = v.path("expect", "verdict").asString();
    VerdictLevel verdict = level == null ? null : VerdictLevel.fromWire(level);
    if (verdict == null) {
      throw new WireException("expect.verdict", "expected one of worth-it, maybe, skip");
    }
    List<String> rules = ruleIds(v.path("expect", "rules"), "expect.rules");
    List<String> forbid = ruleIds(v.path("expect", "forbid"), "expect.forbid");
    for (String rule : rules) {
      if (forbid.contains(rule)) {
        throw new WireException("expect.forbid", rule + " is also in expect.rules");
      }
    }
    return new LabelledCase(line, id, ScoreRequestJson.fromJson(v.path("request")), verdict, rules, forbid);
  }

  // Unknown ids are refused: a misspelt rule would otherwise count as never fired, silently.
  private static List<String> ruleIds(JsonValue value, String path) {
    List<String> ids = new ArrayList<>();
    if (value.isNull()) {
      return ids;
    }
    if (value.asArr() == null) {
      throw new WireException(path, "expected an array of rule ids");
    }
    List<JsonValue> items = value.asArr().items();
    for (int i = 0; i < items.size(); i++) {
      String id = items.get(i).asString();
      if (id == null || RuleId.fromId(id) == null) {
        throw new WireException(path + "[" + i + "]", "unknown rule id " + JsonWriter.write(items.get(i)));
      }
      ids.add(id);
    }
    return ids;
  }
}
