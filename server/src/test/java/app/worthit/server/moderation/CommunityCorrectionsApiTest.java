package app.worthit.server.moderation;

import static app.worthit.server.Moderation.ruleCorrection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Listing;
import app.worthit.model.Reason;
import app.worthit.model.ScoreRequest;
import app.worthit.model.Source;
import app.worthit.model.Verdict;
import app.worthit.model.VerdictLevel;
import app.worthit.rules.Corrections;
import app.worthit.rules.Scorer;
import app.worthit.server.Api;
import app.worthit.server.auth.Secrets;
import app.worthit.wire.CorrectionJson;
import java.util.List;
import app.worthit.server.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Accepted corrections travel with the community answer, and the shared scorer follows them. */
@ParameterizedClass
@EnumSource(Engine.class)
class CommunityCorrectionsApiTest extends ModerationTestBase {
  static final String WHY = "Anyone may exchange contacts at our meetings; there is no membership and no fee.";
  static final Listing CLUB_EVENT = new Listing("https://www.meetup.com/denver-tech-founders/events/301234567/", EVENT_A,
      Source.MEETUP, "Thursday founders breakfast",
      "Guests may visit twice before applying for membership. Only members may exchange referrals at our chapter breakfast.",
      "Denver Tech Founders", null, null, null, null, null, null, null, null, null);

  Api.Answer lookup(String... keys) {
    StringBuilder q = new StringBuilder();
    for (String k : keys) {
      q.append(q.length() == 0 ? "" : ",").append(Secrets.sha256(k), 0, 4);
    }
    return api.get("/api/v1/community?prefixes=" + q, null);
  }

  /** What a client does: ask for the event's and its group's prefixes, select, score. */
  Verdict clientVerdict() {
    Api.Answer a = lookup(EVENT_A, GROUP_A);
    assertEquals(200, a.status(), a.body());
    var known = CorrectionJson.listFromJson(a.json().path("corrections"), "corrections");
    return Scorer.score(new ScoreRequest(CLUB_EVENT, null), null, Corrections.select(EVENT_A, GROUP_A, known));
  }

  static List<String> rules(Verdict v) {
    return v.reasons().stream().map(Reason::rule).toList();
  }

  @Test
  void an_event_follows_its_groups_organiser_correction_and_its_revert() {
    Verdict before = clientVerdict();
    assertEquals(VerdictLevel.SKIP, before.verdict());
    assertTrue(rules(before).contains("members-only-exchange"));
    Api.Device organiser = api.newAccount();
    mod.becomeModerator(organiser, GROUP_A);
    String id = mod.correct(organiser, ruleCorrection(GROUP_A, null, "members-only-exchange", false, WHY)).str("correctionId");
    Verdict corrected = clientVerdict();
    assertFalse(rules(corrected).contains("members-only-exchange"), corrected.toString());
    assertNotEquals(VerdictLevel.SKIP, corrected.verdict());
    Reason note = corrected.reasons().stream().filter(r -> r.rule().equals("correction")).findFirst().orElseThrow();
    assertEquals(WHY, note.evidence());
    assertTrue(note.text().startsWith("Corrected by the group's organiser"), note.text());
    mod.decide(admin, "corrections", id, "revert", "disputed by attendees");
    assertEquals(before, clientVerdict());
  }

  @Test
  void the_group_prefix_alone_does_not_return_an_events_own_corrections() {
    Api.Device organiser = api.newAccount();
    mod.becomeModerator(organiser, GROUP_A);
    mod.correct(organiser, ruleCorrection(EVENT_A, GROUP_A, "one-to-one", true, WHY));
    List<String> keys = lookup(GROUP_A).json().path("corrections").asArr().items().stream()
        .map(c -> c.path("key").asString()).filter(k -> !Secrets.sha256(k).startsWith(Secrets.sha256(GROUP_A).substring(0, 4)))
        .toList();
    assertEquals(List.of(), keys);
    var event = lookup(EVENT_A).json().path("corrections").asArr().items();
    assertEquals(EVENT_A, event.get(0).path("key").asString());
    assertEquals(GROUP_A, event.get(0).path("groupKey").asString());
  }

  @Test
  void an_applied_correction_changes_the_etag() {
    Api.Answer first = lookup(GROUP_A);
    String etag = first.header("ETag");
    Api.Device organiser = api.newAccount();
    mod.becomeModerator(organiser, GROUP_A);
    mod.correct(organiser, ruleCorrection(GROUP_A, null, "same-faces", false, WHY));
    Api.Answer changed = api.get("/api/v1/community?prefixes=" + Secrets.sha256(GROUP_A).substring(0, 4), null,
        "If-None-Match", etag);
    assertEquals(200, changed.status());
    assertEquals(1, changed.json().path("corrections").asArr().items().size());
  }

  @Test
  void applied_corrections_survive_a_restart_in_their_order() throws Exception {
    Api.Device organiser = api.newAccount();
    mod.becomeModerator(organiser, GROUP_A);
    mod.correct(organiser, ruleCorrection(GROUP_A, null, "same-faces", true, "first"));
    mod.correct(organiser, ruleCorrection(GROUP_A, null, "same-faces", false, "second"));
    server = server.restart();
    api = server.api();
    var items = lookup(GROUP_A).json().path("corrections").asArr().items();
    assertEquals(List.of("first", "second"), items.stream().map(c -> c.path("explanation").asString()).toList());
  }
}
