package app.worthit.e2e;

import app.worthit.json.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Pages the Chromium tests checked, written for the Firefox tests (src/test/js, run after surefire):
 * NAME.html, and NAME.json with its address and the badges the JVM engine and Chromium gave it
 * (NAME.after.json: the same once the popup saved a target title).
 */
final class BrowserVectors {
  static final Path DIR = Path.of(System.getProperty("worthit.vectors", "target/browser-vectors"));

  private BrowserVectors() {}

  static void record(String name, String address, String html, List<BadgeRow> jvm, List<BadgeRow> chromium) {
    write(name + ".html", html);
    write(name + ".json", json("address", address, jvm, chromium));
  }

  /** The badges of an already recorded page once the popup saved that target title: NAME.after.json. */
  static void recordAfterProfile(String name, String targetTitle, List<BadgeRow> jvm, List<BadgeRow> chromium) {
    write(name + ".after.json", json("targetTitle", targetTitle, jvm, chromium));
  }

  private static String json(String field, String value, List<BadgeRow> jvm, List<BadgeRow> chromium) {
    StringBuilder json = new StringBuilder("{\"").append(field).append("\":");
    JsonWriter.quote(value, json);
    json.append(",\"jvm\":");
    rows(jvm, json);
    json.append(",\"chromium\":");
    rows(chromium, json);
    return json.append("}\n").toString();
  }

  private static void write(String file, String text) {
    try {
      Files.createDirectories(DIR);
      Files.writeString(DIR.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rows(List<BadgeRow> rows, StringBuilder json) {
    json.append('[');
    for (int i = 0; i < rows.size(); i++) {
      BadgeRow r = rows.get(i);
      json.append(i == 0 ? "{" : ",{");
      String[][] fields = {{"key", r.key()}, {"verdict", r.verdict()}, {"score", r.score()}, {"rules", r.rules()}};
      for (int f = 0; f < fields.length; f++) {
        json.append(f == 0 ? "" : ",").append('"').append(fields[f][0]).append("\":");
        JsonWriter.quote(fields[f][1], json);
      }
      json.append('}');
    }
    json.append(']');
  }
}
