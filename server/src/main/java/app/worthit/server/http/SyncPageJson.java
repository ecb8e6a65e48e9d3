package app.worthit.server.http;

import app.worthit.json.JsonWriter;
import app.worthit.server.db.RecordRow;
import app.worthit.server.sync.SyncPage;

/**
 * Writes a sync answer in the wire format of {@code SyncJson.toJson(SyncResponse)}, taking each
 * record's value as the JSON text it was stored as (written by {@link JsonWriter}), so nothing is
 * parsed and written again on the way out.
 */
final class SyncPageJson {
  /** Room for a typical record, so the buffer rarely grows. */
  private static final int BYTES_PER_ROW = 160;

  private SyncPageJson() {}

  static String write(SyncPage page) {
    StringBuilder out = new StringBuilder(64 + page.rows().size() * BYTES_PER_ROW);
    out.append("{\"cursor\":");
    if (page.cursor() == null) {
      out.append("null");
    } else {
      JsonWriter.quote(page.cursor(), out);
    }
    out.append(",\"changes\":[");
    boolean first = true;
    for (RecordRow row : page.rows()) {
      out.append(first ? "{\"kind\":" : ",{\"kind\":");
      first = false;
      JsonWriter.quote(row.kind(), out);
      out.append(",\"key\":");
      JsonWriter.quote(row.recordKey(), out);
      boolean deleted = row.deleted() != 0;
      out.append(",\"value\":").append(deleted || row.value() == null ? "null" : row.value());
      out.append(",\"hlc\":");
      JsonWriter.quote(row.hlc(), out);
      out.append(",\"deleted\":").append(deleted).append('}');
    }
    return out.append("],\"hasMore\":").append(page.hasMore()).append('}').toString();
  }
}
