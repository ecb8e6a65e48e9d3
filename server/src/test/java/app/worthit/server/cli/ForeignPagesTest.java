package app.worthit.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.testing.OwnPages;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `score FILE` on pages in German: the honest maybe and its reason, the English listing judged as usual. */
class ForeignPagesTest {
  private static final String GERMAN = "Written in German; the rules read English listings only for now.";

  @TempDir
  Path dir;

  /** Each listing's verdict on the page, by key. */
  private Map<String, JsonValue> verdicts(String page) {
    CliRun run = CliRun.of("", "score", OwnPages.file(page, dir).toString());
    assertEquals(0, run.status(), run.err());
    Map<String, JsonValue> out = new LinkedHashMap<>();
    for (String line : run.lines()) {
      JsonValue v = JsonParser.parse(line).path("verdict");
      out.put(v.path("key").asString(), v);
    }
    return out;
  }

  private static JsonValue reason(JsonValue verdict, String rule) {
    for (JsonValue r : verdict.path("reasons").asArr().items()) {
      if (rule.equals(r.path("rule").asString())) {
        return r;
      }
    }
    return null;
  }

  private static List<String> rules(JsonValue verdict) {
    return verdict.path("reasons").asArr().items().stream().map(r -> r.path("rule").asString()).toList();
  }

  @Test
  void german_listings_on_an_eventbrite_country_site_get_the_honest_maybe() {
    Map<String, JsonValue> v = verdicts("eventbrite_de_search_page.html");
    assertEquals(4, v.size(), v.keySet().toString());
    for (String id : new String[] {"1930000000001", "1930000000002"}) {
      JsonValue german = v.get("eventbrite:event:" + id);
      assertEquals("maybe", german.path("verdict").asString(), id);
      assertEquals(List.of("language"), rules(german), id + ": no rule fires from German words");
      assertEquals(GERMAN, reason(german, "language").path("text").asString());
    }
    JsonValue english = v.get("eventbrite:event:1930000000003");
    assertEquals("worth-it", english.path("verdict").asString());
    assertFalse(rules(english).contains("language"), rules(english).toString());
    JsonValue bilingual = v.get("eventbrite:event:1930000000004");
    assertEquals("worth-it", bilingual.path("verdict").asString(), "judged on its English paragraph");
    assertTrue(rules(bilingual).contains("one-to-one"), rules(bilingual).toString());
    assertEquals("Partly written in German; the rules read its English part only.",
        reason(bilingual, "language").path("text").asString());
  }

  @Test
  void a_german_meetup_support_group_is_maybe_not_skip() {
    Map<String, JsonValue> v = verdicts("meetup_event_page_de.html");
    JsonValue event = v.get("meetup:event:401930001");
    assertEquals("maybe", event.path("verdict").asString());
    assertEquals(List.of("language"), rules(event));
    JsonValue r = reason(event, "language");
    assertEquals(GERMAN, r.path("text").asString());
    assertTrue(r.path("evidence").asString().contains("und"), r.path("evidence").asString());
  }
}
