package app.worthit.extension;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonWriter;
import org.teavm.jso.JSExport;

/** The shared engine exported as plain functions over JSON strings, for node parity tests. */
public final class EngineExports {
  private EngineExports() {}

  public static void main(String[] args) {}

  /** Parses and re-writes JSON, proving the shared parser runs unchanged in JavaScript. */
  @JSExport
  public static String roundTrip(String json) {
    return JsonWriter.write(JsonParser.parse(json));
  }
}
