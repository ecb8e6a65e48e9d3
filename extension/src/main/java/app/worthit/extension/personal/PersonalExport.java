package app.worthit.extension.personal;

import app.worthit.json.JsonException;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The export file: all personal records with a format marker, and its strict reader. */
public final class PersonalExport {
  /** The value of "format" in every export. */
  public static final String FORMAT = "worthit-personal-data";
  /** The export file's version. */
  public static final int VERSION = 1;

  private PersonalExport() {}

  /** The export file's text. */
  public static String write(PersonalData data, long exportedAt) {
    return write(data, Map.of(), exportedAt);
  }

  /** The export file's text with more members after the records (the seen log's, for one). */
  public static String write(PersonalData data, Map<String, JsonValue> more, long exportedAt) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("format", new JsonValue.Str(FORMAT));
    m.put("version", JsonValue.Num.of(VERSION));
    m.put("exportedAt", JsonValue.Num.of(exportedAt));
    List<JsonValue> records = new ArrayList<>();
    for (PersonalRecord r : data.records()) {
      records.add(r.toJson());
    }
    m.put("records", new JsonValue.Arr(records));
    m.putAll(more);
    return JsonWriter.write(new JsonValue.Obj(m));
  }

  /** The records of an export file; throws IllegalArgumentException saying what is wrong. */
  public static List<PersonalRecord> read(String text) {
    JsonValue json;
    try {
      json = JsonParser.parse(text);
    } catch (JsonException e) {
      throw new IllegalArgumentException("not a JSON file: " + e.getMessage());
    }
    if (!FORMAT.equals(json.path("format").asString())) {
      throw new IllegalArgumentException("not a Worth It? export (format must be " + FORMAT + ")");
    }
    if (!(json.path("version") instanceof JsonValue.Num n) || n.longValue() != VERSION) {
      throw new IllegalArgumentException("unsupported export version: " + json.path("version"));
    }
    JsonValue.Arr arr = json.path("records").asArr();
    if (arr == null) {
      throw new IllegalArgumentException("the export has no records array");
    }
    List<PersonalRecord> out = new ArrayList<>();
    for (JsonValue item : arr.items()) {
      out.add(PersonalRecord.fromJson(item));
    }
    return out;
  }
}
