package app.worthit.extension.sync;

import app.worthit.extension.personal.PersonalRecord;
import app.worthit.json.JsonValue;
import app.worthit.sync.Change;
import app.worthit.sync.RecordId;
import app.worthit.sync.RecordKind;

/** Between the extension's stored records and the sync wire format's record ids and changes. */
final class RecordMapping {
  private RecordMapping() {}

  /** The sync record id of a stored record (the profile is keyed "profile" on the wire). */
  static RecordId id(PersonalRecord r) {
    RecordKind kind = RecordKind.of(r.kind().wire());
    return new RecordId(kind, kind == RecordKind.PROFILE ? Change.PROFILE_KEY : r.key());
  }

  /** The stored record a pulled, not deleted change stands for. */
  static PersonalRecord record(Change c) {
    app.worthit.extension.personal.RecordKind kind = app.worthit.extension.personal.RecordKind.fromWire(c.kind().wireName());
    String key = c.kind() == RecordKind.PROFILE ? PersonalRecord.PROFILE_KEY : c.key();
    return new PersonalRecord(kind, key, (JsonValue.Obj) c.value(), c.hlc().wallMillis());
  }

  /** Where the record of that sync id lives in chrome.storage.local. */
  static String storageKey(RecordId id) {
    String key = id.kind() == RecordKind.PROFILE ? PersonalRecord.PROFILE_KEY : id.key();
    return PersonalRecord.STORAGE_PREFIX + id.kind().wireName() + "/" + key;
  }
}
