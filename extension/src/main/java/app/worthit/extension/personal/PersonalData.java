package app.worthit.extension.personal;

import app.worthit.model.Profile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An immutable snapshot of everything the user stored: marks per event and the profile. */
public final class PersonalData {
  /** No data at all. */
  public static final PersonalData EMPTY = new PersonalData(List.of());

  private final Map<String, PersonalRecord> byStorageKey = new TreeMap<>();

  /** A snapshot of the given records; a later record of the same kind and key wins. */
  public PersonalData(Collection<PersonalRecord> records) {
    for (PersonalRecord r : records) {
      PersonalRecord old = byStorageKey.get(r.storageKey());
      if (old == null || old.updatedAt() <= r.updatedAt()) {
        byStorageKey.put(r.storageKey(), r);
      }
    }
  }

  /** Every record, in a stable order. */
  public List<PersonalRecord> records() {
    return new ArrayList<>(byStorageKey.values());
  }

  /** The profile for scoring an event of the given group, with the user's attendance of it. */
  public Profile profileFor(String groupKey) {
    PersonalRecord p = find(RecordKind.PROFILE, PersonalRecord.PROFILE_KEY);
    int times = 0;
    for (PersonalRecord r : byStorageKey.values()) {
      if (r.kind() == RecordKind.ATTENDED && groupKey != null && groupKey.equals(r.text("groupKey"))) {
        times++;
      }
    }
    return new Profile(
        p == null ? null : p.text("targetTitle"), p == null ? null : p.text("industry"), times == 0 ? null : times);
  }

  /** The user's target job title, or null. */
  public String targetTitle() {
    PersonalRecord p = find(RecordKind.PROFILE, PersonalRecord.PROFILE_KEY);
    return p == null ? null : p.text("targetTitle");
  }

  /** The user's industry, or null. */
  public String industry() {
    PersonalRecord p = find(RecordKind.PROFILE, PersonalRecord.PROFILE_KEY);
    return p == null ? null : p.text("industry");
  }

  /** The user's vote on the event, or null. */
  public Vote vote(String eventKey) {
    PersonalRecord r = find(RecordKind.RATING, eventKey);
    return r == null ? null : Vote.fromWire(r.text("vote"));
  }

  /** True when the user marked the event as attended. */
  public boolean attended(String eventKey) {
    return find(RecordKind.ATTENDED, eventKey) != null;
  }

  /** The user's note on the event, or null. */
  public String note(String eventKey) {
    PersonalRecord r = find(RecordKind.NOTE, eventKey);
    return r == null ? null : r.text("text");
  }

  /** The keys of the events the user marked as attended. */
  public List<String> attendedKeys() {
    List<String> keys = new ArrayList<>();
    for (PersonalRecord r : byStorageKey.values()) {
      if (r.kind() == RecordKind.ATTENDED) {
        keys.add(r.key());
      }
    }
    return keys;
  }

  /** How many events the user rated. */
  public int ratedCount() {
    return count(RecordKind.RATING);
  }

  /** How many events the user marked as attended. */
  public int attendedCount() {
    return count(RecordKind.ATTENDED);
  }

  private int count(RecordKind kind) {
    int n = 0;
    for (PersonalRecord r : byStorageKey.values()) {
      if (r.kind() == kind) {
        n++;
      }
    }
    return n;
  }

  private PersonalRecord find(RecordKind kind, String key) {
    return byStorageKey.get(PersonalRecord.STORAGE_PREFIX + kind.wire() + "/" + key);
  }
}
