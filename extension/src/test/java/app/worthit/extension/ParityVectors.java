package app.worthit.extension;

import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.model.Urls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Test vectors for the JVM/JS parity check: each a name, the input handed to an EngineExports
 * function and the JVM's answer, written to target/parity/NAME.json for the node tests to replay.
 */
final class ParityVectors {
  /** Where the node tests (src/test/js) read the vectors. */
  static final Path DIR = Paths.get("target", "parity");

  private final List<JsonValue> vectors = new ArrayList<>();

  /** Adds a vector whose expected answer is the JVM's answer to the same input. */
  void add(String name, String input, String expected) {
    Map<String, JsonValue> v = new LinkedHashMap<>();
    v.put("name", new JsonValue.Str(name));
    v.put("input", new JsonValue.Str(input));
    v.put("expected", new JsonValue.Str(expected));
    vectors.add(new JsonValue.Obj(v));
  }

  int size() {
    return vectors.size();
  }

  /** Writes the vectors as a JSON array to target/parity/{file}. */
  void write(String file) throws IOException {
    Files.createDirectories(DIR);
    Files.writeString(DIR.resolve(file), JsonWriter.write(new JsonValue.Arr(vectors)), StandardCharsets.UTF_8);
  }

  /** The extraction input of a saved page: its address and the texts of its data scripts. */
  static String extractionInput(Path page) throws IOException {
    Document doc = Jsoup.parse(page.toFile(), null);
    Map<String, JsonValue> in = new LinkedHashMap<>();
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null && Urls.isHttp(canonical.attr("href").trim())) {
      in.put("address", new JsonValue.Str(canonical.attr("href").trim()));
    }
    List<JsonValue> jsonLd = new ArrayList<>();
    for (Element script : doc.select("script[type*=ld+json]")) {
      jsonLd.add(new JsonValue.Str(script.data()));
    }
    in.put("jsonLd", new JsonValue.Arr(jsonLd));
    Element nextData = doc.selectFirst("script#__NEXT_DATA__");
    if (nextData != null) {
      in.put("nextData", new JsonValue.Str(nextData.data()));
    }
    for (Element script : doc.select("script")) {
      if (script.data().contains("__SERVER_DATA__") || script.data().contains("__APOLLO_STATE__")) {
        if (script != nextData) {
          in.put("serverData", new JsonValue.Str(script.data()));
          break;
        }
      }
    }
    return JsonWriter.write(new JsonValue.Obj(in));
  }
}
