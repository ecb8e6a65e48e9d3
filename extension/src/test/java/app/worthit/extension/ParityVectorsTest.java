package app.worthit.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.testing.Fixtures;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every vector through the JVM build of EngineExports and writes the answers to
 * target/parity; src/test/js/engine-parity.test.mjs replays them through the TeaVM bundle.
 */
class ParityVectorsTest {
  private static Path resource(String name) {
    try {
      return Paths.get(ParityVectorsTest.class.getResource("/parity/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void writes_the_projects_own_scoring_vectors() throws IOException {
    ParityVectors vectors = new ParityVectors();
    List<String> lines = Files.readAllLines(resource("own-score-requests.jsonl"), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      vectors.add("own-score-" + (i + 1), lines.get(i), EngineExports.score(lines.get(i)));
    }
    assertTrue(vectors.size() >= 20);
    vectors.write("own-scoring.json");
  }

  @Test
  void writes_the_projects_own_corrected_scoring_vectors() throws IOException {
    ParityVectors vectors = new ParityVectors();
    List<String> lines = Files.readAllLines(resource("own-corrected-requests.jsonl"), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      vectors.add("own-corrected-" + (i + 1), lines.get(i), EngineExports.scoreCorrected(lines.get(i)));
    }
    String corrected = EngineExports.scoreCorrected(lines.get(0));
    assertTrue(corrected.contains("\"rule\":\"correction\""), corrected);
    assertTrue(vectors.size() >= 6);
    vectors.write("own-corrected-scoring.json");
  }

  @Test
  void writes_scoring_vectors_for_listings_in_other_languages() throws IOException {
    ParityVectors vectors = new ParityVectors();
    List<String> lines = Files.readAllLines(resource("own-foreign-requests.jsonl"), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      vectors.add("own-foreign-" + (i + 1), lines.get(i), EngineExports.score(lines.get(i)));
    }
    String german = EngineExports.score(lines.get(0));
    assertTrue(german.contains("\"rule\":\"language\"") && german.contains("Written in German"), german);
    assertTrue(vectors.size() >= 10);
    vectors.write("own-foreign-scoring.json");
  }

  /** The detector on each language, titles, names, links, markup, mixed and very long texts. */
  @Test
  void writes_language_detection_vectors() throws IOException {
    ParityVectors vectors = new ParityVectors();
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(resource("own-foreign-requests.jsonl"), StandardCharsets.UTF_8)) {
      JsonValue listing = JsonParser.parse(line).path("listing");
      for (String field : new String[] {"title", "description", "groupName"}) {
        if (listing.path(field).asString() != null) {
          texts.add(listing.path(field).asString());
        }
      }
    }
    texts.addAll(List.of("", "Gründerstammtisch Köln", "Stammtisch für Gründer", "STAMMTISCH FÜR GRÜNDER",
        "Los Angeles, Las Vegas, San José, La Jolla, Des Moines, Rio de Janeiro, Vincent van Gogh",
        "https://www.meetup.com/de-DE/gruender/events/1/ info@gruender-berlin.de z.B. e-mail",
        "<p>Hallo und willkommen!</p><p>Hello and welcome to all of you!</p>&nbsp;&amp;&#39;",
        "C'est l'événement de l'année : qu'on se retrouve à Paris ! L'entrée est libre.",
        "Dell'evento all'aperto nell'ambito del festival: c'è posto per tutti.",
        "¿Te apuntas? ¡Nos vemos en Sevilla con los demás!", "Não perca: estão todos convidados à sessão.",
        "Join us!\n\nWir freuen uns auf euch und eure Fragen!\nEintritt frei\nSee you there, and bring a friend.",
        "6 PM EST at Le Pain Quotidien. Bring your résumé and CV; the tête-à-tête runs until 9."));
    texts.add("Unser monatliches Treffen für alle, die gründen wollen. ".repeat(2_000));
    for (int i = 0; i < texts.size(); i++) {
      vectors.add("language-" + (i + 1), texts.get(i), EngineExports.language(texts.get(i)));
    }
    assertTrue(EngineExports.language("Stammtisch für Gründer").contains("\"language\":\"de\""));
    vectors.write("own-language.json");
  }

  @Test
  void writes_the_projects_own_extraction_vectors() throws IOException {
    ParityVectors vectors = new ParityVectors();
    for (String page : new String[] {"own-page.html", "own-meetup-apollo.html"}) {
      String input = ParityVectors.extractionInput(resource(page));
      String listings = EngineExports.extract(input);
      assertTrue(JsonParser.parse(listings).asArr().items().size() >= 2, page + ": " + listings);
      vectors.add(page, input, listings);
    }
    vectors.add("malformed input", "{\"jsonLd\":[", EngineExports.extract("{\"jsonLd\":["));
    vectors.add("empty input", "{}", EngineExports.extract("{}"));
    vectors.write("own-extraction.json");
  }

  /**
   * Broken inputs: the JS bundle runs without TeaVM's strict checks, so where the JVM meets a bad
   * index or a null, JS must still give the same answer. Every script text of the own pages is cut
   * at many points and has its quotes and brackets swapped; deep nesting and wrong types are added.
   */
  @Test
  void writes_extraction_vectors_for_broken_inputs() throws IOException {
    ParityVectors vectors = new ParityVectors();
    for (String page : new String[] {"own-page.html", "own-meetup-apollo.html"}) {
      JsonValue.Obj input = (JsonValue.Obj) JsonParser.parse(ParityVectors.extractionInput(resource(page)));
      for (Map.Entry<String, JsonValue> field : input.members().entrySet()) {
        for (String text : texts(field.getValue())) {
          for (int cut = 1; cut < 24; cut++) {
            String broken = text.substring(0, text.length() * cut / 24);
            addBroken(vectors, page + " " + field.getKey() + " cut " + cut + "/24", input, field.getKey(), broken);
          }
          addBroken(vectors, page + " " + field.getKey() + " quotes swapped", input, field.getKey(),
              text.replace('"', '\'').replace('[', '{'));
          addBroken(vectors, page + " " + field.getKey() + " digits as letters", input, field.getKey(),
              text.replace('1', 'x').replace('T', '"'));
        }
      }
    }
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    vectors.add("deep JSON-LD", extractionOf(List.of(deep), null),
        EngineExports.extract(extractionOf(List.of(deep), null)));
    String wrongTypes = "{\"@type\":\"Event\",\"name\":[1,2],\"url\":{\"a\":null},\"startDate\":17,"
        + "\"organizer\":\"x\",\"offers\":[null,{\"price\":\"free\"}],\"description\":false}";
    vectors.add("wrong types", extractionOf(List.of(wrongTypes), "{\"props\":[]}"),
        EngineExports.extract(extractionOf(List.of(wrongTypes), "{\"props\":[]}")));
    assertTrue(vectors.size() >= 50, "broken vectors: " + vectors.size());
    vectors.write("broken-extraction.json");
  }

  private static List<String> texts(JsonValue value) {
    if (value.asString() != null) {
      return List.of(value.asString());
    }
    List<String> texts = new ArrayList<>();
    if (value.asArr() != null) {
      for (JsonValue item : value.asArr().items()) {
        if (item.asString() != null) {
          texts.add(item.asString());
        }
      }
    }
    return texts;
  }

  /** Adds the input with the one field's text (or the one text of its list) replaced. */
  private static void addBroken(ParityVectors vectors, String name, JsonValue.Obj input, String field, String text) {
    Map<String, JsonValue> members = new LinkedHashMap<>(input.members());
    JsonValue str = new JsonValue.Str(text);
    members.put(field, members.get(field).asArr() != null ? new JsonValue.Arr(List.of(str)) : str);
    String in = JsonWriter.write(new JsonValue.Obj(members));
    vectors.add(name, in, EngineExports.extract(in));
  }

  private static String extractionOf(List<String> jsonLd, String nextData) {
    Map<String, JsonValue> in = new LinkedHashMap<>();
    in.put("address", new JsonValue.Str("https://www.meetup.com/find/"));
    List<JsonValue> texts = new ArrayList<>();
    for (String text : jsonLd) {
      texts.add(new JsonValue.Str(text));
    }
    in.put("jsonLd", new JsonValue.Arr(texts));
    if (nextData != null) {
      in.put("nextData", new JsonValue.Str(nextData));
    }
    return JsonWriter.write(new JsonValue.Obj(in));
  }

  @Test
  void writes_a_vector_for_every_labelled_scoring_case() throws IOException {
    ParityVectors vectors = new ParityVectors();
    int cases = 0;
    for (String line : Fixtures.read("scoring-cases.jsonl").split("\n")) {
      if (!line.isBlank()) {
        JsonValue c = JsonParser.parse(line);
        String request = JsonWriter.write(c.path("request"));
        vectors.add(c.path("id").asString(), request, EngineExports.score(request));
        cases++;
      }
    }
    assertEquals(cases, vectors.size());
    vectors.write("fixture-scoring.json");
  }

  @Test
  void writes_a_vector_for_every_real_listing() throws IOException {
    ParityVectors vectors = new ParityVectors();
    String file = Files.readString(Fixtures.file("real-listings/real-listings.jsonl"), StandardCharsets.UTF_8);
    int cases = 0;
    for (String line : file.split("\n")) {
      if (!line.isBlank()) {
        JsonValue c = JsonParser.parse(line);
        String request = JsonWriter.write(c.path("request"));
        String verdict = EngineExports.score(request);
        assertTrue(verdict.startsWith("{\"key\""), c.path("id").asString() + ": " + verdict);
        vectors.add(c.path("id").asString(), request, verdict);
        cases++;
      }
    }
    assertTrue(cases >= 400, "real listings: " + cases);
    vectors.write("real-listings-scoring.json");
  }

  @Test
  void writes_a_language_vector_for_every_real_listings_text() throws IOException {
    ParityVectors vectors = new ParityVectors();
    String file = Files.readString(Fixtures.file("real-listings/real-listings.jsonl"), StandardCharsets.UTF_8);
    for (String line : file.split("\n")) {
      if (!line.isBlank()) {
        JsonValue c = JsonParser.parse(line);
        for (String field : new String[] {"title", "description", "groupName", "groupDescription"}) {
          String text = c.path("request", "listing", field).asString();
          if (text != null) {
            vectors.add(c.path("id").asString() + " " + field, text, EngineExports.language(text));
          }
        }
      }
    }
    assertTrue(vectors.size() >= 800, "real listing texts: " + vectors.size());
    vectors.write("real-listings-language.json");
  }

  @Test
  void writes_an_extraction_vector_for_every_fixture_page() throws IOException {
    ParityVectors vectors = new ParityVectors();
    List<Path> pages;
    try (Stream<Path> files = Files.list(Fixtures.dir().resolve("pages"))) {
      pages = files.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    int withListings = 0;
    for (Path page : pages) {
      String input = ParityVectors.extractionInput(page);
      String listings = EngineExports.extract(input);
      if (!JsonParser.parse(listings).asArr().items().isEmpty()) {
        withListings++;
      }
      vectors.add(page.getFileName().toString(), input, listings);
    }
    assertTrue(withListings >= pages.size() / 2, "most fixture pages should yield listings from scripts alone");
    vectors.write("fixture-extraction.json");
  }
}
