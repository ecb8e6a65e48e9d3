package app.worthit.extension.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.worthit.extension.personal.PersonalData;
import app.worthit.extension.personal.PersonalRecord;
import app.worthit.extension.personal.Vote;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonWriter;
import app.worthit.sync.Replica;
import app.worthit.sync.SyncResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicaJsonTest {
  @Test
  void the_queue_state_cursor_and_clock_survive_a_round_trip_through_storage_text() {
    Replica r = LocalDiff.stage(Replica.empty("dev-a"), new PersonalData(List.of(
        PersonalRecord.rating("meetup:event:1", Vote.WORTH_IT, 1_764_000_000_000L))), 1_764_000_000_100L);
    r = r.acknowledge(r.request(), new SyncResponse("7", List.of(), false), 1_764_000_000_200L);
    r = LocalDiff.stage(r, new PersonalData(List.of(PersonalRecord.rating("meetup:event:1", Vote.WORTH_IT, 1_764_000_000_000L),
        PersonalRecord.note("meetup:event:2", "bring CVs", 1_764_000_000_300L))), 1_764_000_000_400L);
    Replica back = ReplicaJson.read(JsonParser.parse(JsonWriter.write(ReplicaJson.write(r))), "dev-a");
    assertEquals(r.state(), back.state());
    assertEquals(List.copyOf(r.pending().values()), List.copyOf(back.pending().values()));
    assertEquals("7", back.cursor());
    assertEquals(r.clock(), back.clock());
  }

  @Test
  void a_replica_of_another_device_or_nothing_stored_gives_a_fresh_one() {
    Replica r = Replica.empty("dev-a");
    assertEquals(Replica.empty("dev-b"), ReplicaJson.read(ReplicaJson.write(r), "dev-b"));
    Replica fresh = ReplicaJson.read(null, "dev-b");
    assertNull(fresh.cursor());
    assertEquals(0, fresh.pending().size());
  }
}
