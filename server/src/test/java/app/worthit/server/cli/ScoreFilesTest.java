package app.worthit.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.model.Listing;
import app.worthit.model.Profile;
import app.worthit.model.ScoreRequest;
import app.worthit.rules.Scorer;
import app.worthit.testing.Fixtures;
import app.worthit.wire.ListingJson;
import app.worthit.wire.VerdictJson;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreFilesTest {
  private static String page() {
    try {
      return Paths.get(ScoreFilesTest.class.getResource("/pages/jsonld_two_events.html").toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each line names its file, and its verdict is the scorer's verdict on its listing. */
  private static void assertScoredLines(CliRun run, String file, Profile profile) {
    for (String line : run.lines()) {
      JsonValue v = JsonParser.parse(line);
      assertEquals(List.of("file", "listing", "verdict"), List.copyOf(v.asObj().members().keySet()));
      assertEquals(file, v.path("file").asString());
      Listing listing = ListingJson.fromJson(v.path("listing"));
      assertEquals(Scorer.score(new ScoreRequest(listing, profile)), VerdictJson.fromJson(v.path("verdict")));
    }
  }

  @Test
  void prints_one_line_per_event_on_the_page() {
    CliRun run = CliRun.of("", "score", page());
    assertEquals(0, run.status(), run.err());
    assertEquals(2, run.lines().size(), run.out());
    assertScoredLines(run, page(), Profile.EMPTY);
    List<String> keys = run.lines().stream()
        .map(l -> JsonParser.parse(l).path("listing", "key").asString()).sorted().toList();
    assertEquals(List.of("meetup:event:312000001", "meetup:event:312000002"), keys);
  }

  @Test
  void personalises_verdicts_with_the_profile_given() {
    String profile = "{\"targetTitle\":\"Product Manager\",\"industry\":\"software\",\"timesAttendedGroup\":4}";
    CliRun run = CliRun.of("", "score", "--profile", profile, page());
    assertEquals(0, run.status(), run.err());
    assertScoredLines(run, page(), new Profile("Product Manager", "software", 4));
  }

  @Test
  void reports_an_unreadable_file_and_still_scores_the_others() {
    String missing = Paths.get("target", "no-such-page.html").toString();
    CliRun run = CliRun.of("", "score", missing, page());
    assertEquals(1, run.status());
    assertTrue(run.err().contains("cannot read " + missing), run.err());
    assertEquals(2, run.lines().size());
    assertScoredLines(run, page(), Profile.EMPTY);
  }

  @Test
  void scores_every_real_saved_page_without_failing() {
    Path pages = Fixtures.dir().resolve("pages");
    for (String name : new String[] {"meetup_event_page_nextjs_nyctechmixer_2026-06.html",
        "eventbrite_event_page_nextjs_games-for-change_2026-06.html",
        "torontobuilds_meetup_find_jsonld_trimmed_2026-09.html"}) {
      String file = pages.resolve(name).toString();
      CliRun run = CliRun.of("", "score", file);
      assertEquals(0, run.status(), run.err());
      assertFalse(run.lines().isEmpty(), name + " gave no listing");
      assertScoredLines(run, file, Profile.EMPTY);
    }
  }

  @Test
  void treats_bad_arguments_as_usage_errors() {
    assertEquals(2, CliRun.of("", "score").status());
    assertEquals(2, CliRun.of("", "score", "--jsonl", page()).status());
    assertEquals(2, CliRun.of("", "score", "--jsonl", "--url", "https://example.org/").status());
    assertEquals(2, CliRun.of("", "score", "--url", "/relative", page()).status());
    assertEquals(2, CliRun.of("", "score", "--frobnicate").status());
    CliRun badProfile = CliRun.of("", "score", "--profile", "{\"timesAttendedGroup\":\"often\"}", page());
    assertEquals(2, badProfile.status());
    assertTrue(badProfile.err().contains("--profile.timesAttendedGroup: expected an integer"), badProfile.err());
    assertEquals("", badProfile.out());
  }
}
