package app.worthit.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonWriter;
import app.worthit.server.db.RecordRow;
import app.worthit.server.sync.SyncPage;
import app.worthit.sync.Change;
import app.worthit.sync.Hlc;
import app.worthit.sync.RecordKind;
import app.worthit.sync.SyncJson;
import app.worthit.sync.SyncResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncPageJsonTest {
  /** A stored row the way the sync path writes one. */
  static RecordRow stored(Change c, long seq) {
    return new RecordRow(c.kind().wireName(), c.key(), c.deleted() ? null : JsonWriter.write(c.value()), c.hlc().toString(),
        c.deleted() ? 1 : 0, seq);
  }

  @Test
  void writes_the_same_text_as_the_shared_wire_format() {
    List<Change> changes = List.of(
        new Change(RecordKind.RATING, "meetup:event:1", JsonParser.parse("{\"vote\":\"worth-it\"}"), new Hlc(1, 0, "dev-a"), false),
        new Change(RecordKind.NOTE, "eventbrite:event:\"<2>\" & \\ \u2028 é", JsonParser.parse("{\"text\":\"line\\nnext </script>\"}"),
            new Hlc(1_700_000_000_000L, 0xbeef, "dev_b"), false),
        new Change(RecordKind.PROFILE, "profile", JsonParser.parse("{\"targetTitle\":\"Data\",\"timesAttendedGroup\":3}"),
            new Hlc(5, 1, "dev-a"), false),
        new Change(RecordKind.ATTENDED, "meetup:event:2", null, new Hlc(6, 0, "dev-a"), true));
    List<RecordRow> rows = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      rows.add(stored(changes.get(i), i + 1));
    }
    for (boolean more : new boolean[] {false, true}) {
      String expected = JsonWriter.write(SyncJson.toJson(new SyncResponse("4", changes, more)));
      assertEquals(expected, SyncPageJson.write(new SyncPage("4", rows, more)));
    }
  }

  @Test
  void writes_an_empty_page() {
    assertEquals(JsonWriter.write(SyncJson.toJson(new SyncResponse("0", List.of(), false))),
        SyncPageJson.write(new SyncPage("0", List.of(), false)));
  }
}
