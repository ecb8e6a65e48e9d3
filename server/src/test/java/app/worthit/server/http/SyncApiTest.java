package app.worthit.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.server.Api;
import app.worthit.server.Engine;
import app.worthit.sync.Change;
import app.worthit.sync.Hlc;
import app.worthit.sync.RecordKind;
import app.worthit.sync.SyncJson;
import app.worthit.sync.SyncRequest;
import app.worthit.sync.SyncResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class SyncApiTest extends ApiTestBase {
  static Change note(String key, String text, long wall, String device) {
    return new Change(RecordKind.NOTE, key, new JsonValue.Obj(Map.of("text", new JsonValue.Str(text))), new Hlc(wall, 0, device), false);
  }

  SyncResponse sync(Api.Device d, String cursor, List<Change> changes) {
    Api.Answer a = api.post("/api/v1/sync", d.token(), JsonWriter.write(SyncJson.toJson(new SyncRequest(cursor, changes))));
    assertEquals(200, a.status(), a.body());
    return SyncJson.response(JsonParser.parse(a.body()));
  }

  @Test
  void a_change_pushed_by_one_device_reaches_the_other() {
    Api.Device laptop = api.newAccount();
    Api.Device phone = api.pair(laptop);
    Change c = note("meetup:event:1", "bring cards", 1_700_000_000_000L, laptop.deviceId());
    sync(laptop, null, List.of(c));
    SyncResponse pulled = sync(phone, null, List.of());
    assertEquals(List.of(c), pulled.changes());
    assertEquals(List.of(), sync(phone, pulled.cursor(), List.of()).changes());
  }

  @Test
  void every_kind_round_trips_including_tombstones() {
    Api.Device d = api.newAccount();
    String dev = d.deviceId();
    List<Change> changes = List.of(
        new Change(RecordKind.RATING, "meetup:event:1", JsonParser.parse("{\"vote\":\"not-worth-it\"}"), new Hlc(1, 0, dev), false),
        new Change(RecordKind.ATTENDED, "meetup:event:1", JsonParser.parse("{\"groupKey\":\"meetup:group:x\"}"), new Hlc(2, 0, dev), false),
        new Change(RecordKind.PROFILE, "profile", JsonParser.parse("{\"targetTitle\":\"Data engineer\",\"timesAttendedGroup\":3}"), new Hlc(3, 0, dev), false),
        new Change(RecordKind.NOTE, "meetup:event:2", null, new Hlc(4, 0, dev), true));
    assertEquals(changes, sync(d, null, changes).changes());
  }

  @Test
  void the_greatest_clock_wins_whatever_the_arrival_order() {
    Api.Device a = api.newAccount();
    Api.Device b = api.pair(a);
    Change newer = note("k", "newer", 2000, b.deviceId());
    Change older = note("k", "older", 1000, a.deviceId());
    sync(b, null, List.of(newer));
    assertEquals(List.of(newer), sync(a, null, List.of(older)).changes());
  }

  @Test
  void a_replayed_request_changes_nothing_more() {
    Api.Device d = api.newAccount();
    List<Change> batch = List.of(note("k1", "a", 10, d.deviceId()), note("k2", "b", 11, d.deviceId()));
    SyncResponse first = sync(d, null, batch);
    SyncResponse replay = sync(d, null, batch);
    assertEquals(first, replay);
    assertEquals(List.of(), sync(d, first.cursor(), batch).changes());
  }

  @Test
  void pages_through_more_changes_than_one_batch() {
    Api.Device d = api.newAccount();
    List<Change> all = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      List<Change> batch = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        batch.add(note("meetup:event:" + page + "-" + i, "n", 1000 + page * 1000 + i, d.deviceId()));
      }
      sync(d, "0", batch);
      all.addAll(batch);
    }
    List<Change> pulled = new ArrayList<>();
    String cursor = null;
    int calls = 0;
    SyncResponse r;
    do {
      r = sync(d, cursor, List.of());
      assertTrue(r.changes().size() <= SyncRequest.MAX_CHANGES);
      pulled.addAll(r.changes());
      cursor = r.cursor();
      calls++;
    } while (r.hasMore());
    assertEquals(3, calls);
    assertEquals(all, pulled);
    assertFalse(sync(d, cursor, List.of()).hasMore());
  }

  @Test
  void accounts_never_see_each_others_records() {
    Api.Device a = api.newAccount();
    Api.Device b = api.newAccount();
    sync(a, null, List.of(note("k", "private", 5, a.deviceId())));
    assertEquals(List.of(), sync(b, null, List.of()).changes());
  }
}
