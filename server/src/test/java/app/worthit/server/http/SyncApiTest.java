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
    Change newer = note("meetup:event:7", "newer", 2000, b.deviceId());
    Change older = note("meetup:event:7", "older", 1000, a.deviceId());
    sync(b, null, List.of(newer));
    assertEquals(List.of(newer), sync(a, null, List.of(older)).changes());
  }

  @Test
  void a_replayed_request_changes_nothing_more() {
    Api.Device d = api.newAccount();
    List<Change> batch = List.of(note("meetup:event:71", "a", 10, d.deviceId()), note("meetup:event:72", "b", 11, d.deviceId()));
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
        batch.add(note("meetup:event:" + page + "0" + i, "n", 1000 + page * 1000 + i, d.deviceId()));
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
    sync(a, null, List.of(note("meetup:event:7", "private", 5, a.deviceId())));
    assertEquals(List.of(), sync(b, null, List.of()).changes());
  }

  private Api.Answer push(Api.Device d, String kind, String key, String value) {
    String change = "{\"kind\":\"" + kind + "\",\"key\":\"" + key + "\",\"value\":" + value
        + ",\"hlc\":\"1700000000000:0000:" + d.deviceId() + "\"}";
    return api.post("/api/v1/sync", d.token(), "{\"cursor\":null,\"changes\":[" + change + "]}");
  }

  @Test
  void ratings_attendances_and_notes_need_a_subject_key_naming_the_field() {
    Api.Device d = api.newAccount();
    String[] bad = {"<script>alert(1)</script>", "meetup:event:", "meetup:event:12/3", "meetup:group:Acme", "meetup:group:find",
        "eventbrite:event:123", "meetup:event:1 ", "profile", "k"};
    for (String key : bad) {
      for (String[] kv : new String[][] {{"rating", "{\"vote\":\"worth-it\"}"}, {"attended", "{\"groupKey\":\"meetup:group:x\"}"},
          {"note", "{\"text\":\"t\"}"}}) {
        ErrorsApiTest.assertProblem(push(d, kv[0], key, kv[1]), 400, "invalid-request", "changes[0].key");
      }
    }
    for (String key : new String[] {"meetup:event:312000001", "meetup:group:pm-circle", "eventbrite:event:98765432",
        "eventbrite:organizer:12345", "meetup:event:abcdefghijk"}) {
      assertEquals(200, push(d, "rating", key, "{\"vote\":\"worth-it\"}").status(), key);
    }
    assertEquals(200, push(d, "profile", "profile", "{\"targetTitle\":\"PM\"}").status());
    assertEquals(6, sync(d, null, List.of()).changes().size(), "the refused changes stored nothing");
  }

  @Test
  void text_with_an_unpaired_surrogate_is_refused_not_stored_as_a_question_mark() {
    Api.Device d = api.newAccount();
    ErrorsApiTest.assertProblem(push(d, "note", "meetup:event:1", "{\"text\":\"k\\ud800\"}"), 400, "malformed-json", "unpaired surrogate");
    ErrorsApiTest.assertProblem(push(d, "note", "meetup:event:1", "{\"text\":\"\\udc00k\"}"), 400, "malformed-json", "unpaired surrogate");
    assertEquals(200, push(d, "note", "meetup:event:1", "{\"text\":\"k?\"}").status());
    assertEquals(200, push(d, "note", "meetup:event:2", "{\"text\":\"k\\ud83d\\ude00\"}").status());
    List<Change> stored = sync(d, null, List.of()).changes();
    assertEquals("k?", stored.get(0).value().path("text").asString());
    assertEquals("k\ud83d\ude00", stored.get(1).value().path("text").asString());
  }

  @Test
  void only_the_exact_cursor_form_the_server_issues_is_accepted() {
    Api.Device d = api.newAccount();
    sync(d, null, List.of(note("meetup:event:1", "a", 1_700_000_000_000L, d.deviceId())));
    for (String cursor : new String[] {"+1", "-0", "-1", "01", "00", " 1", "1 ", "", "\u0661", "1\u0660", "\uff11",
        "99999999999999999999", "9223372036854775808", "1e3", "0x1"}) {
      String body = "{\"cursor\":\"" + cursor + "\",\"changes\":[]}";
      ErrorsApiTest.assertProblem(api.post("/api/v1/sync", d.token(), body), 400, "invalid-request", "cursor");
    }
    SyncResponse first = sync(d, null, List.of());
    assertEquals("1", first.cursor());
    assertEquals(List.of(), sync(d, first.cursor(), List.of()).changes());
    assertEquals(1, sync(d, "0", List.of()).changes().size());
    assertEquals(List.of(), sync(d, "9223372036854775807", List.of()).changes());
  }
}
