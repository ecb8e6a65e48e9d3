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
import java.util.List;
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
