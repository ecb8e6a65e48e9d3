package app.worthit.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicaTest {
  private static final app.worthit.json.JsonValue WORTH = JsonParser.parse("{\"vote\":\"worth-it\"}");
  private static final app.worthit.json.JsonValue NOT_WORTH = JsonParser.parse("{\"vote\":\"not-worth-it\"}");

  @Test
  void a_local_edit_is_merged_at_once_and_queued() {
    Replica r = Replica.empty("a").edit(RecordKind.RATING, "k", WORTH, false, 1000);
    assertEquals(WORTH, r.records().get(new RecordId(RecordKind.RATING, "k")).value());
    assertEquals(1, r.request().changes().size());
    assertEquals(null, r.request().cursor());
  }

  @Test
  void an_acknowledged_change_leaves_the_queue_but_a_newer_edit_stays() {
    Replica r = Replica.empty("a").edit(RecordKind.RATING, "k", WORTH, false, 1000);
    SyncRequest sent = r.request();
    r = r.edit(RecordKind.RATING, "k", NOT_WORTH, false, 1001);
    r = r.acknowledge(sent, new SyncResponse("7", sent.changes(), false), 1002);
    assertTrue(r.hasPending(), "the edit made in flight is still to push");
    assertEquals(NOT_WORTH, r.records().get(new RecordId(RecordKind.RATING, "k")).value());
    assertEquals("7", r.request().cursor());
  }

  @Test
  void a_pulled_change_from_a_clock_ahead_moves_the_local_clock_past_it() {
    Change remote = new Change(RecordKind.NOTE, "k", JsonParser.parse("{\"text\":\"remote\"}"), new Hlc(50_000, 3, "b"), false);
    Replica r = Replica.empty("a").acknowledge(new SyncRequest(null, List.of()), new SyncResponse("1", List.of(remote), false), 1000);
    r = r.edit(RecordKind.NOTE, "k", JsonParser.parse("{\"text\":\"local\"}"), false, 1001);
    assertEquals("local", r.records().get(remote.id()).value().path("text").asString());
    assertTrue(r.clock().compareTo(remote.hlc()) > 0);
    assertFalse(r.request().changes().isEmpty());
  }
}
