package app.worthit.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.model.Listing;
import app.worthit.testing.Fixtures;
import app.worthit.wire.ScoreRequestJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every real listing in English is read whole, not one sentence set aside: otherwise the engine's
 * verdicts on English listings would change. The real listings hold one German description (rl-e060,
 * under an English title), which must be told as German.
 */
class RealListingsLanguageTest {
  private static final Map<String, Language> NOT_ENGLISH = Map.of("rl-e060", Language.GERMAN);

  @Test
  void real_english_listings_are_read_whole() throws IOException {
    String file = Files.readString(Fixtures.file("real-listings/real-listings.jsonl"), StandardCharsets.UTF_8);
    List<String> wrong = check(file);
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void labelled_scoring_cases_are_read_whole() {
    List<String> wrong = check(Fixtures.read("scoring-cases.jsonl"));
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  private static List<String> check(String jsonl) {
    List<String> wrong = new ArrayList<>();
    int cases = 0;
    for (String line : jsonl.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonValue c = JsonParser.parse(line);
      String id = c.path("id").asString();
      Listing listing = ScoreRequestJson.fromJson(c.path("request")).listing();
      ListingReading reading = ListingLanguage.of(listing);
      Language expected = NOT_ENGLISH.get(id);
      List<Language> unread = expected == null ? List.of() : List.of(expected);
      if (!reading.unread().equals(unread)) {
        wrong.add(id + ": expected " + (expected == null ? "English, read whole" : expected) + ", left unread "
            + reading.unread() + " " + reading.clues());
      }
      cases++;
    }
    assertTrue(cases >= 20, "cases read: " + cases);
    return wrong;
  }

  @Test
  void the_german_description_under_an_english_title_is_set_aside() throws IOException {
    String file = Files.readString(Fixtures.file("real-listings/real-listings.jsonl"), StandardCharsets.UTF_8);
    for (String line : file.split("\n")) {
      if (line.contains("\"rl-e060\"")) {
        Listing l = ScoreRequestJson.fromJson(JsonParser.parse(line).path("request")).listing();
        assertEquals(Language.GERMAN, LanguageDetector.detect(l.description()));
        return;
      }
    }
    throw new AssertionError("rl-e060 not found");
  }
}
