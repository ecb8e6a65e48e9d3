package app.worthit.extension.sync;

import app.worthit.extension.personal.PersonalData;
import app.worthit.extension.personal.PersonalRecord;
import app.worthit.json.JsonException;
import app.worthit.sync.Change;
import app.worthit.sync.RecordId;
import app.worthit.sync.Replica;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the user changed locally since the last sync, found by comparing the stored records with
 * the replica's merged state: new or changed records become edits, vanished ones tombstones. Each
 * edit gets a fresh hybrid logical clock from the shared {@link Replica}, so it joins the queue.
 */
public final class LocalDiff {
  private LocalDiff() {}

  /** The replica with every local difference queued as an edit; records the server would refuse are left out. */
  public static Replica stage(Replica replica, PersonalData local, long now) {
    Map<RecordId, PersonalRecord> stored = new TreeMap<>();
    for (PersonalRecord r : local.records()) {
      stored.put(RecordMapping.id(r), r);
    }
    Replica next = replica;
    for (Map.Entry<RecordId, PersonalRecord> e : stored.entrySet()) {
      Change known = next.records().get(e.getKey());
      PersonalRecord r = e.getValue();
      if (known != null && !known.deleted() && known.value().equals(r.value())) {
        continue;
      }
      try {
        // The record's own time orders offline edits fairly; the clock still never goes backwards.
        long at = r.updatedAt() > 0 && r.updatedAt() <= now ? r.updatedAt() : now;
        next = next.edit(e.getKey().kind(), e.getKey().key(), r.value(), false, at);
      } catch (JsonException invalid) {
        // A record the server would reject must not block every other change; it stays local.
      }
    }
    for (Change known : new ArrayList<>(next.records().values())) {
      if (!known.deleted() && !stored.containsKey(known.id())) {
        next = next.edit(known.kind(), known.key(), null, true, now);
      }
    }
    return next;
  }

  /**
   * The local writes that bring storage in line with the pulled changes that won the merge.
   * {@code sent} is the replica the request was made from: a record stored differently from it was
   * edited while the request was in flight, and is left for the next sync to push instead.
   */
  public static List<LocalWrite> writes(PersonalData local, Replica sent, Replica merged, List<Change> pulled) {
    Map<RecordId, PersonalRecord> stored = new TreeMap<>();
    for (PersonalRecord r : local.records()) {
      stored.put(RecordMapping.id(r), r);
    }
    Map<RecordId, LocalWrite> out = new TreeMap<>();
    for (Change c : pulled) {
      Change winner = merged.records().get(c.id());
      if (winner == null || !winner.hlc().equals(c.hlc())) {
        continue;
      }
      PersonalRecord have = stored.get(c.id());
      if (editedSince(sent.records().get(c.id()), have)) {
        continue;
      }
      if (c.deleted()) {
        if (have != null) {
          out.put(c.id(), new LocalWrite(RecordMapping.storageKey(c.id()), null));
        }
      } else if (have == null || !have.value().equals(c.value())) {
        out.put(c.id(), new LocalWrite(RecordMapping.storageKey(c.id()), RecordMapping.record(c)));
      }
    }
    return new ArrayList<>(out.values());
  }

  private static boolean editedSince(Change known, PersonalRecord have) {
    boolean knownPresent = known != null && !known.deleted();
    if (have == null) {
      return knownPresent;
    }
    return !knownPresent || !known.value().equals(have.value());
  }
}
