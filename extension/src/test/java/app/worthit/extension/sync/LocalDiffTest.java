package app.worthit.extension.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.extension.personal.PersonalData;
import app.worthit.extension.personal.PersonalRecord;
import app.worthit.extension.personal.Vote;
import app.worthit.sync.Change;
import app.worthit.sync.RecordId;
import app.worthit.sync.RecordKind;
import app.worthit.sync.Replica;
import app.worthit.sync.SyncRequest;
import app.worthit.sync.SyncResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalDiffTest {
  private static final String EVENT = "meetup:event:301234567";
  private static final long T = 1_764_000_000_000L;

  @Test
  void new_local_records_are_queued_with_the_devices_clock() {
    PersonalData local = new PersonalData(List.of(PersonalRecord.rating(EVENT, Vote.WORTH_IT, T),
        PersonalRecord.profile("QA engineer", null, T + 1)));
    Replica staged = LocalDiff.stage(Replica.empty("dev-a"), local, T + 5);
    assertEquals(2, staged.pending().size());
    Change rating = staged.pending().get(new RecordId(RecordKind.RATING, EVENT));
    assertEquals("worth-it", rating.value().path("vote").asString());
    assertEquals("dev-a", rating.hlc().deviceId());
    Change profile = staged.pending().get(new RecordId(RecordKind.PROFILE, "profile"));
    assertEquals("QA engineer", profile.value().path("targetTitle").asString());
    assertEquals(T + 1, profile.hlc().wallMillis(), "an edit is stamped with the time it was made, not synced");
    assertTrue(rating.hlc().compareTo(profile.hlc()) != 0);
  }

  @Test
  void staging_again_without_local_edits_queues_nothing_more() {
    PersonalData local = new PersonalData(List.of(PersonalRecord.rating(EVENT, Vote.WORTH_IT, T)));
    Replica once = LocalDiff.stage(Replica.empty("dev-a"), local, T + 5);
    Replica acked = once.acknowledge(once.request(), new SyncResponse("1", List.copyOf(once.pending().values()), false), T + 6);
    assertFalse(acked.hasPending());
    assertFalse(LocalDiff.stage(acked, local, T + 10).hasPending());
  }

  @Test
  void a_record_removed_locally_becomes_a_tombstone_after_the_last_clock() {
    PersonalData local = new PersonalData(List.of(PersonalRecord.rating(EVENT, Vote.WORTH_IT, T)));
    Replica once = LocalDiff.stage(Replica.empty("dev-a"), local, T + 5);
    Replica removed = LocalDiff.stage(once, PersonalData.EMPTY, T + 8);
    Change tomb = removed.pending().get(new RecordId(RecordKind.RATING, EVENT));
    assertTrue(tomb.deleted());
    assertTrue(tomb.hlc().compareTo(once.clock()) > 0);
  }

  @Test
  void a_record_the_server_would_refuse_stays_local_and_does_not_block_the_others() {
    PersonalData local = new PersonalData(List.of(PersonalRecord.rating("x".repeat(300), Vote.WORTH_IT, T),
        PersonalRecord.rating(EVENT, Vote.NOT_WORTH_IT, T)));
    Replica staged = LocalDiff.stage(Replica.empty("dev-a"), local, T + 5);
    assertEquals(List.of(new RecordId(RecordKind.RATING, EVENT)), new ArrayList<>(staged.pending().keySet()));
  }

  @Test
  void pulled_winners_are_written_locally_and_losers_are_not() {
    Replica b = Replica.empty("dev-b");
    Replica a = LocalDiff.stage(Replica.empty("dev-a"),
        new PersonalData(List.of(PersonalRecord.rating(EVENT, Vote.WORTH_IT, T), PersonalRecord.note(EVENT, "ask for Sam", T))), T + 1);
    List<Change> fromA = List.copyOf(a.pending().values());
    SyncRequest request = b.request();
    Replica merged = b.acknowledge(request, new SyncResponse("2", fromA, false), T + 2);
    List<LocalWrite> writes = LocalDiff.writes(PersonalData.EMPTY, b, merged, fromA);
    assertEquals(2, writes.size());
    assertEquals("wi/note/" + EVENT, writes.get(0).storageKey());
    assertEquals("ask for Sam", writes.get(0).record().text("text"));
    assertEquals("wi/rating/" + EVENT, writes.get(1).storageKey());
    assertEquals(Vote.WORTH_IT, new PersonalData(List.of(writes.get(1).record())).vote(EVENT));

    Replica newer = LocalDiff.stage(merged, new PersonalData(List.of(PersonalRecord.rating(EVENT, Vote.NOT_WORTH_IT, T + 9),
        PersonalRecord.note(EVENT, "ask for Sam", T))), T + 9);
    Replica after = newer.acknowledge(newer.request(), new SyncResponse("3", fromA, false), T + 10);
    List<LocalWrite> none = LocalDiff.writes(new PersonalData(List.of(PersonalRecord.rating(EVENT, Vote.NOT_WORTH_IT, T + 9),
        PersonalRecord.note(EVENT, "ask for Sam", T))), newer, after, fromA);
    assertEquals(List.of(), none, "the newer local vote wins; nothing is overwritten");
  }

  @Test
  void a_pulled_tombstone_removes_the_local_record() {
    Replica a = LocalDiff.stage(Replica.empty("dev-a"), new PersonalData(List.of(PersonalRecord.rating(EVENT, Vote.WORTH_IT, T))), T + 1);
    Replica synced = a.acknowledge(a.request(), new SyncResponse("1", List.copyOf(a.pending().values()), false), T + 2);
    Change tomb = new Change(RecordKind.RATING, EVENT, null, new app.worthit.sync.Hlc(T + 50, 0, "dev-b"), true);
    Replica merged = synced.acknowledge(synced.request(), new SyncResponse("2", List.of(tomb), false), T + 60);
    PersonalData local = new PersonalData(List.of(PersonalRecord.rating(EVENT, Vote.WORTH_IT, T)));
    List<LocalWrite> writes = LocalDiff.writes(local, synced, merged, List.of(tomb));
    assertEquals(1, writes.size());
    assertNull(writes.get(0).record());
    assertEquals("wi/rating/" + EVENT, writes.get(0).storageKey());
  }

  @Test
  void an_edit_made_while_the_request_was_in_flight_is_not_overwritten() {
    Replica sent = Replica.empty("dev-b");
    Change fromA = new Change(RecordKind.RATING, EVENT, new PersonalDataJson().vote("worth-it"),
        new app.worthit.sync.Hlc(T, 0, "dev-a"), false);
    Replica merged = sent.acknowledge(sent.request(), new SyncResponse("1", List.of(fromA), false), T + 1);
    PersonalData editedMeanwhile = new PersonalData(List.of(PersonalRecord.rating(EVENT, Vote.NOT_WORTH_IT, T + 1)));
    assertEquals(List.of(), LocalDiff.writes(editedMeanwhile, sent, merged, List.of(fromA)));
    assertTrue(LocalDiff.stage(merged, editedMeanwhile, T + 2).hasPending(), "the edit is pushed next");
  }

  /** Values in the wire shape, for changes made by hand. */
  private static final class PersonalDataJson {
    app.worthit.json.JsonValue vote(String vote) {
      return PersonalRecord.rating(EVENT, Vote.fromWire(vote), 0).value();
    }
  }
}
