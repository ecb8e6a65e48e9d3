package app.worthit.extension.personal;

import app.worthit.extension.browser.Browser;
import app.worthit.extension.browser.NativeJson;
import app.worthit.extension.browser.StorageArea;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** Personal records in chrome.storage.local, one item per record, so a later sync can diff them. */
public final class LocalStore {
  private final StorageArea area = Browser.api().getStorage().getLocal();

  /** Everything stored, as a snapshot; items that are not valid records are ignored. */
  public JSPromise<PersonalData> load() {
    // Only records are read: the seen log (seen/) shares the storage area and is far bigger.
    return area.get(null).then(items -> parse(NativeJson.stringify(NativeJson.withPrefix(items, PersonalRecord.STORAGE_PREFIX))));
  }

  /** Stores (or replaces) one record. */
  public JSPromise<JSObject> put(PersonalRecord record) {
    return area.set(NativeJson.single(record.storageKey(), NativeJson.parse(JsonWriter.write(record.toJson()))));
  }

  /** Removes the record of that kind about that key. */
  public JSPromise<JSObject> remove(RecordKind kind, String key) {
    return area.remove(PersonalRecord.STORAGE_PREFIX + kind.wire() + "/" + key);
  }

  /** Stores many records in one write (an import). */
  public JSPromise<JSObject> putAll(List<PersonalRecord> records) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < records.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      JsonWriter.quote(records.get(i).storageKey(), json);
      json.append(':');
      JsonWriter.write(records.get(i).toJson(), json);
    }
    return area.set(NativeJson.parse(json.append('}').toString()));
  }

  /** Calls back after any change to personal records, from this or any other extension page. */
  public void onChange(Runnable callback) {
    Browser.api().getStorage().getOnChanged().addListener((changes, areaName) -> {
      // Sync's own bookkeeping (sync/* items, written often) is not a change of personal records.
      if ("local".equals(areaName) && touchesRecords(changes, PersonalRecord.STORAGE_PREFIX)) {
        callback.run();
      }
    });
  }

  @JSBody(params = {"changes", "prefix"}, script = "for (var k in changes) { if (k.indexOf(prefix) === 0) { return true; } }"
      + " return false;")
  private static native boolean touchesRecords(JSObject changes, String prefix);

  static PersonalData parse(String json) {
    JsonValue.Obj all = JsonParser.parse(json).asObj();
    List<PersonalRecord> records = new ArrayList<>();
    if (all != null) {
      for (Map.Entry<String, JsonValue> item : all.members().entrySet()) {
        if (item.getKey().startsWith(PersonalRecord.STORAGE_PREFIX)) {
          try {
            records.add(PersonalRecord.fromJson(item.getValue()));
          } catch (IllegalArgumentException e) {
            // A damaged item must not hide the others.
          }
        }
      }
    }
    return new PersonalData(records);
  }
}
