package app.worthit.server.moderation;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonWriter;
import app.worthit.model.Acceptor;
import app.worthit.model.Correction;
import app.worthit.server.db.CorrectionRow;
import app.worthit.wire.CorrectionJson;

/** Converts between a stored correction row and the shared model clients receive. */
final class StoredCorrection {
  private StoredCorrection() {}

  /** The shared correction of a row; an applied row always has its acceptor. */
  static Correction toModel(CorrectionRow row) {
    Acceptor by = row.acceptedBy() == null ? Acceptor.REVIEW : Acceptor.fromWire(row.acceptedBy());
    return new Correction(row.id(), row.subjectKey(), row.groupKey(),
        CorrectionJson.rules(JsonParser.parse(row.rules()), "rules"),
        CorrectionJson.fields(JsonParser.parse(row.fields()), "fields"), row.explanation(), by);
  }

  /** What a correction changes, as the audit log's detail: {"rules":{...},"fields":{...}}. */
  static String what(CorrectionRow row) {
    return "{\"rules\":" + row.rules() + ",\"fields\":" + row.fields() + "}";
  }

  /** The JSON text of a draft's rules. */
  static String rulesText(CorrectionDraft d) {
    return JsonWriter.write(CorrectionJson.rulesJson(d.rules()));
  }

  /** The JSON text of a draft's fields. */
  static String fieldsText(CorrectionDraft d) {
    return JsonWriter.write(CorrectionJson.fieldsJson(d.fields()));
  }
}
